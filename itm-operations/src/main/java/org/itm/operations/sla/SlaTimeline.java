package org.itm.operations.sla;

import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * The history of one ticket as the SLA engine sees it: its attributes (service, team, category … used by
 * {@link SlaDefinition#appliesWhen()} and by compliance reports) and its events in time order.
 *
 * @param ticketId   the ticket's id
 * @param attributes attribute name → value; copied
 * @param events     at least one event, ordered by {@link SlaEvent#at()} (equal instants allowed); copied
 * @since 0.1
 */
public record SlaTimeline(String ticketId, Map<String, String> attributes, List<SlaEvent> events) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param ticketId   the ticket's id
     * @param attributes attribute name → value; copied
     * @param events     at least one event, ordered by {@link SlaEvent#at()} (equal instants allowed); copied
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public SlaTimeline {
        Checks.notBlank(ticketId, "ticketId");
        attributes = Map.copyOf(Checks.notNull(attributes, "attributes"));
        events = List.copyOf(Checks.notEmpty(events, "events"));
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).at().isBefore(events.get(i - 1).at())) {
                throw new ItmValidationException("events[" + i + "].at",
                        "must not be before the previous event (" + events.get(i - 1).at() + ")");
            }
        }
    }

    /**
     * The opening event: the clock of the first cycle starts from it.
     *
     * @return the first of {@link #events()}
     */
    public SlaEvent first() {
        return events.get(0);
    }
}
