package org.itm.operations.incident;

/** The attribute of an incident that a {@link TimelineEntry} records a change of. */
public enum IncidentField {
    STATE, HOLD_REASON, PRIORITY, IMPACT, URGENCY, ASSIGNMENT_GROUP, ASSIGNEE, SERVICE, CI, MAJOR,
    RESOLUTION_CODE, RESOLUTION_NOTES, CATEGORY, NOTE
}
