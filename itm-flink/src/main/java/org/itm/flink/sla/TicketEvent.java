package org.itm.flink.sla;

import java.util.Map;
import org.itm.core.validation.Checks;
import org.itm.operations.sla.SlaEvent;

/**
 * One change of a ticket on a stream: the SLA jobs key by {@link #ticketId()} and order by the event's instant.
 *
 * @param ticketId   the ticket
 * @param attributes the ticket's attributes as of this event (service, team …); empty keeps the attributes
 *                   already known, non-empty replaces them; copied
 * @param event      the state, reason and priority the ticket entered
 * @since 0.1
 */
public record TicketEvent(String ticketId, Map<String, String> attributes, SlaEvent event) {

    /**
     * A ticket event, as a source produces it.
     *
     * @param ticketId   the ticket, not blank
     * @param attributes the ticket's attributes as of this event; copied
     * @param event      the state, reason and priority the ticket entered
     * @throws org.itm.core.ItmValidationException if {@code ticketId} is blank or an argument is null
     */
    public TicketEvent {
        Checks.notBlank(ticketId, "ticketId");
        attributes = Map.copyOf(Checks.notNull(attributes, "attributes"));
        Checks.notNull(event, "event");
    }

    /**
     * An event without attributes, which keeps the attributes the ticket already has.
     *
     * @param ticketId the ticket, not blank
     * @param event the state, reason and priority the ticket entered
     * @return the ticket event
     * @throws org.itm.core.ItmValidationException if {@code ticketId} is blank or {@code event} is null
     */
    public static TicketEvent of(String ticketId, SlaEvent event) {
        return new TicketEvent(ticketId, Map.of(), event);
    }
}
