package org.itm.metrics.input;

/** The change types of change enablement; EMERGENCY changes bypass normal assessment. */
public enum ChangeType {
    STANDARD, NORMAL, EMERGENCY
}
