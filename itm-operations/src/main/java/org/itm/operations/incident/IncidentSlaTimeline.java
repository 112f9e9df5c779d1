package org.itm.operations.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaTimeline;

/**
 * Turns an incident's timeline into the {@link SlaTimeline} the SLA engine evaluates: one event per change of
 * state, hold reason or priority, and the attributes {@code service}, {@code ci}, {@code team} (assignment group),
 * {@code category} and {@code major} for applies-when conditions and compliance reports.
 *
 * @since 0.1
 */
public final class IncidentSlaTimeline {

    private IncidentSlaTimeline() {
    }

    /**
     * The SLA view of {@code incident}'s whole timeline.
     *
     * @param incident the incident to convert
     * @return its SLA timeline, keyed by the incident id's value
     * @throws ItmValidationException if {@code incident} is null
     */
    public static SlaTimeline of(Incident incident) {
        return of(incident, Instant.MAX);
    }

    /**
     * The SLA view of {@code incident}'s timeline up to and including {@code until}.
     *
     * @param incident the incident to convert
     * @param until last instant to include; later entries are ignored, which gives the SLA state as of then
     * @return its SLA timeline up to {@code until}
     * @throws ItmValidationException if an argument is null
     */
    public static SlaTimeline of(Incident incident, Instant until) {
        Checks.notNull(incident, "incident");
        Checks.notNull(until, "until");
        List<SlaEvent> events = new ArrayList<>();
        String state = IncidentState.NEW.name();
        String reason = "";
        String priority = incident.history(IncidentField.PRIORITY).get(0).to();
        for (TimelineEntry e : incident.timeline()) {
            if (e.at().isAfter(until)) {
                break;
            }
            switch (e.field()) {
                case STATE -> state = e.to();
                case HOLD_REASON -> reason = e.to();
                case PRIORITY -> priority = e.to();
                default -> {
                    continue;
                }
            }
            SlaEvent ev = new SlaEvent(e.at(), state, reason, priority);
            if (!events.isEmpty() && events.get(events.size() - 1).at().equals(e.at())) {
                events.set(events.size() - 1, ev);
            } else {
                events.add(ev);
            }
        }
        Map<String, String> attributes = new HashMap<>();
        incident.service().ifPresent(s -> attributes.put("service", s));
        incident.ci().ifPresent(c -> attributes.put("ci", c));
        incident.assignmentGroup().ifPresent(g -> attributes.put("team", g));
        if (!incident.category().isBlank()) {
            attributes.put("category", incident.category());
        }
        attributes.put("major", Boolean.toString(incident.major()));
        return new SlaTimeline(incident.id().value(), attributes, events);
    }
}
