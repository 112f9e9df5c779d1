package org.itm.metrics.input;

/** The change types of change enablement; EMERGENCY changes bypass normal assessment. */
public enum ChangeType {
    /** Pre-authorised, low-risk and routine. */
    STANDARD,
    /** Assessed and authorised through the normal process. */
    NORMAL,
    /** Implemented as soon as possible, with expedited assessment. */
    EMERGENCY
}
