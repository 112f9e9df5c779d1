package org.itm.operations.alert;

import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * What the caller should do after an alert was ingested (the correlator itself has no side effects).
 *
 * @param kind     what happened
 * @param groupId  the incident group (one incident per group); empty for kinds without a group
 * @param service  the service of the group (or the CI when the CI has no service)
 * @param priority the priority of the group's incident, from severity × service tier
 * @param alertKey the alert's de-duplication key
 * @param count    how often the alert fired while open
 * @param at       the alert's instant
 * @param note     explanation for people
 * @since 0.1
 */
public record AlertAction(Kind kind, String groupId, String service, String priority, String alertKey, long count,
                          Instant at, String note) {

    /** The kinds of action. */
    public enum Kind {
        /** Open an incident for a new group. */
        OPEN_INCIDENT,
        /** The alert joined an existing group's incident. */
        ATTACH_TO_INCIDENT,
        /** The alert was a duplicate of an open one; only its counter grew. */
        DEDUPLICATED,
        /** A stronger alert raised the group's priority. */
        RAISE_PRIORITY,
        /** One alert of the group cleared; others are still open. */
        ALERT_CLEARED,
        /** All alerts of the group cleared: resolve the incident (policy RESOLVE). */
        RESOLVE_INCIDENT,
        /** All alerts of the group cleared: annotate the incident (policy ANNOTATE, or while flapping). */
        ANNOTATE_INCIDENT,
        /** Someone acknowledged an open alert of the group: the incident is being worked on. */
        ACKNOWLEDGED,
        /** The alert changes state too often; clears no longer resolve its incident until it calms down. */
        FLAPPING,
        /** A clear or acknowledgement for an alert that was not open. */
        IGNORED
    }

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param kind     what happened
     * @param groupId  the incident group (one incident per group); empty for kinds without a group
     * @param service  the service of the group (or the CI when the CI has no service)
     * @param priority the priority of the group's incident, from severity × service tier
     * @param alertKey the alert's de-duplication key
     * @param count    how often the alert fired while open
     * @param at       the alert's instant
     * @param note     explanation for people
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public AlertAction {
        Checks.notNull(kind, "kind");
        Checks.notNull(groupId, "groupId");
        Checks.notNull(service, "service");
        Checks.notNull(priority, "priority");
        Checks.notBlank(alertKey, "alertKey");
        Checks.notNull(at, "at");
        Checks.notNull(note, "note");
    }
}
