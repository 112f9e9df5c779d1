package org.itm.operations.sla;

/**
 * Where an SLA clock stands at the evaluation instant. One rule decides between met and breached: the target is
 * reached at the instant the running clock's elapsed business time equals it (for a
 * {@link BusinessDayConvention#SAME_TIME} deadline, the first working instant at which it does); it is met only
 * when the clock stopped strictly before that instant. A breach stays a breach whatever the clock does later in
 * the same cycle, and the result's {@link SlaResult#breachedAt() breach instant}, warnings and escalations follow
 * the same rule.
 *
 * @since 0.1
 */
public enum SlaStatus {
    /** The clock is running and the target has not been reached yet. */
    IN_PROGRESS,
    /** The clock is paused (for example on hold awaiting the customer) and the target had not been reached. */
    PAUSED,
    /** The clock stopped strictly before the target was reached. */
    ACHIEVED,
    /** The target was reached (whether or not the clock has stopped or paused since, even at that very instant). */
    BREACHED,
    /** The ticket was cancelled; the SLA no longer counts. */
    CANCELLED
}
