package org.itm.governance.standards;

/** How serious a violation is; reports sort most severe first. */
public enum ViolationSeverity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
