package org.itm.operations.sla;

/** Where an SLA clock stands at the evaluation instant. */
public enum SlaStatus {
    /** The clock is running and the target has not been reached. */
    IN_PROGRESS,
    /** The clock is paused (for example on hold awaiting the customer) and the target has not been exceeded. */
    PAUSED,
    /** The clock stopped within the target. */
    ACHIEVED,
    /** The target was exceeded (whether or not the clock has stopped since). */
    BREACHED,
    /** The ticket was cancelled; the SLA no longer counts. */
    CANCELLED
}
