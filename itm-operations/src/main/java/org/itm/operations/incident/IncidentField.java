package org.itm.operations.incident;

/**
 * The attribute of an incident that a {@link TimelineEntry} records a change of.
 *
 * @since 0.1
 */
public enum IncidentField {
    /** The lifecycle state ({@link IncidentState} name). */
    STATE,
    /** The {@link HoldReason} name; empty when the hold ends. */
    HOLD_REASON,
    /** The priority label derived by the {@link PriorityPolicy}. */
    PRIORITY,
    /** Impact, 1 (highest) and up, as text. */
    IMPACT,
    /** Urgency, 1 (highest) and up, as text. */
    URGENCY,
    /** The team working on the incident. */
    ASSIGNMENT_GROUP,
    /** The person working on the incident; empty when only a group is assigned. */
    ASSIGNEE,
    /** The affected service. */
    SERVICE,
    /** The affected configuration item. */
    CI,
    /** The major-incident flag, {@code true} or {@code false}. */
    MAJOR,
    /** How the incident was resolved. */
    RESOLUTION_CODE,
    /** What was done to resolve it. */
    RESOLUTION_NOTES,
    /** The classification used by problem detection. */
    CATEGORY,
    /** A work note; {@code from} and {@code to} are empty and the text is in the entry's note. */
    NOTE
}
