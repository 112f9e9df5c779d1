package org.itm.operations.change;

/** The kind of change, which decides the approval path. */
public enum ChangeType {
    /** Pre-approved, low-risk, from a template: authorised without votes. */
    STANDARD,
    /** Assessed and approved case by case. */
    NORMAL,
    /** Needed urgently; approved by the emergency CAB and allowed into freeze windows. */
    EMERGENCY
}
