package org.itm.governance.standards;

/**
 * How serious a violation is; reports sort most severe first.
 *
 * @since 0.1
 */
public enum ViolationSeverity {
    /** Fix when convenient. */
    LOW,
    /** Fix in the normal planning cycle. */
    MEDIUM,
    /** Fix soon; an owner should have a plan. */
    HIGH,
    /** Fix now or hold a waiver. */
    CRITICAL
}
