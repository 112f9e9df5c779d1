package org.itm.operations.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Violations;
import org.itm.operations.incident.IncidentField;
import org.itm.operations.incident.TimelineEntry;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaTimeline;

/**
 * One incident of an imported event log: its updates in time order and its opened/resolved/closed instants.
 * Feed it to the SLA engine with {@link #toSlaTimeline()}, or to KPIs with {@link IncidentLogKpis#compute}.
 *
 * @param number     the incident number, e.g. {@code INC0000045}
 * @param openedAt   when it was opened ({@code opened_at})
 * @param resolvedAt when it was resolved ({@code resolved_at}); empty when missing
 * @param closedAt   when it was closed ({@code closed_at}); empty when missing
 * @param updates    at least one update, ordered by update time, then {@code sys_mod_count}, then row; copied
 * @since 0.1
 */
public record IncidentTimeline(String number, Instant openedAt, Optional<Instant> resolvedAt,
                               Optional<Instant> closedAt, List<IncidentUpdate> updates) {

    /** Actor of converted timeline entries whose update names no {@code sys_updated_by}. */
    public static final String UNKNOWN_ACTOR = "servicenow";

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param number     the incident number, e.g. {@code INC0000045}
     * @param openedAt   when it was opened ({@code opened_at})
     * @param resolvedAt when it was resolved ({@code resolved_at}); empty when missing
     * @param closedAt   when it was closed ({@code closed_at}); empty when missing
     * @param updates    at least one update, ordered by update time, then {@code sys_mod_count}, then row; copied
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public IncidentTimeline {
        Violations v = new Violations();
        v.require(number != null && !number.isBlank(), "number", "must not be blank");
        v.require(openedAt != null, "openedAt", "must not be null");
        v.require(resolvedAt != null, "resolvedAt", "must not be null (use Optional.empty())");
        v.require(closedAt != null, "closedAt", "must not be null (use Optional.empty())");
        v.require(updates != null && !updates.isEmpty(), "updates", "must hold at least one update");
        v.throwIfAny();
        updates = List.copyOf(updates);
        for (int i = 1; i < updates.size(); i++) {
            if (updates.get(i).updatedAt().isBefore(updates.get(i - 1).updatedAt())) {
                throw new ItmValidationException("updates[" + i + "].updatedAt",
                        "must not be before the previous update (" + updates.get(i - 1).updatedAt() + ")");
            }
        }
    }

    /**
     * The latest update: the incident as it stood at the end of the log.
     *
     * @return the last of {@link #updates()}
     */
    public IncidentUpdate lastUpdate() {
        return updates.get(updates.size() - 1);
    }

    /**
     * The priority as of the latest update.
     *
     * @return the priority as exported, e.g. {@code 3 - Moderate}
     */
    public String priority() {
        return lastUpdate().priority();
    }

    /**
     * Wall-clock time from opening to resolution; empty when the resolution time is missing or lies before the
     * opening (a data error that would otherwise produce a negative duration).
     *
     * @return the duration, or empty as described
     */
    public Optional<Duration> timeToResolve() {
        return resolvedAt.filter(r -> !r.isBefore(openedAt)).map(r -> Duration.between(openedAt, r));
    }

    /**
     * The incident as the SLA engine sees it. The first event is the opening at {@link #openedAt()} in state
     * {@code NEW}; then one event for each update that changes the state, the hold reason or the priority (see
     * {@link ServiceNowState} for the mapping). Priorities {@code "3 - Moderate"} become {@code "P3"} (see
     * {@link #slaPriority(String)}). An update stamped before the opening is placed at the opening, since the SLA
     * engine needs events in time order. Attributes: {@code assignmentGroup} (as of the latest update that names
     * one), when known.
     *
     * @return a timeline with at least the opening event
     */
    public SlaTimeline toSlaTimeline() {
        List<SlaEvent> events = new ArrayList<>();
        SlaEvent previous = new SlaEvent(openedAt, ServiceNowState.NEW.slaState(), "",
                slaPriority(updates.get(0).priority()));
        events.add(previous);
        for (IncidentUpdate u : updates) {
            Instant at = u.updatedAt().isBefore(openedAt) ? openedAt : u.updatedAt();
            SlaEvent e = new SlaEvent(at, u.state().slaState(), u.state().slaReason(), slaPriority(u.priority()));
            if (!e.state().equals(previous.state()) || !e.reason().equals(previous.reason())
                    || !e.priority().equals(previous.priority())) {
                events.add(e);
                previous = e;
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (IncidentUpdate u : updates) {
            u.assignmentGroup().ifPresent(g -> attributes.put("assignmentGroup", g));
        }
        return new SlaTimeline(number, attributes, events);
    }

    /**
     * The updates as this module's audit entries: one {@link IncidentField#STATE} entry per change of state
     * (values are {@link org.itm.operations.incident.IncidentState} names, the note is the ServiceNow state), one
     * {@link IncidentField#PRIORITY} and one {@link IncidentField#ASSIGNMENT_GROUP} entry per change of those. The
     * first update records every field with an empty "from". The actor is {@code sys_updated_by}, or
     * {@link #UNKNOWN_ACTOR}.
     *
     * @return the entries in update order, unmodifiable
     */
    public List<TimelineEntry> toTimelineEntries() {
        List<TimelineEntry> out = new ArrayList<>();
        String state = "";
        String snState = "";
        String priority = "";
        String group = "";
        for (IncidentUpdate u : updates) {
            String actor = u.updatedBy().filter(a -> !a.isBlank()).orElse(UNKNOWN_ACTOR);
            String newState = u.state().incidentState().name();
            if (!newState.equals(state) || !u.state().displayName().equals(snState)) {
                out.add(new TimelineEntry(u.updatedAt(), actor, IncidentField.STATE, state, newState,
                        u.state().displayName()));
                state = newState;
                snState = u.state().displayName();
            }
            if (!u.priority().equals(priority)) {
                out.add(new TimelineEntry(u.updatedAt(), actor, IncidentField.PRIORITY, priority, u.priority(), ""));
                priority = u.priority();
            }
            String newGroup = u.assignmentGroup().orElse("");
            if (!newGroup.equals(group)) {
                out.add(new TimelineEntry(u.updatedAt(), actor, IncidentField.ASSIGNMENT_GROUP, group, newGroup, ""));
                group = newGroup;
            }
        }
        return List.copyOf(out);
    }

    /**
     * The SLA engine's priority label for a ServiceNow priority: {@code "1 - Critical"} → {@code "P1"}; text that
     * does not start with a number followed by {@code " - "} is returned trimmed and unchanged.
     *
     * @param serviceNowPriority a priority as exported
     * @return e.g. {@code P1}
     */
    public static String slaPriority(String serviceNowPriority) {
        String p = serviceNowPriority.trim();
        int dash = p.indexOf(" - ");
        if (dash > 0 && p.substring(0, dash).chars().allMatch(Character::isDigit)) {
            return "P" + p.substring(0, dash);
        }
        return p;
    }
}
