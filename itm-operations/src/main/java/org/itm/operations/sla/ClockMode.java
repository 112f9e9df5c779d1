package org.itm.operations.sla;

/**
 * What a ticket state does to an SLA clock.
 *
 * @since 0.1
 */
public enum ClockMode {
    /** Business time counts towards the target. */
    RUNNING,
    /** Business time is set aside as paused (e.g. on hold awaiting the customer). */
    PAUSED,
    /** The clock ended: the SLA is achieved or breached. */
    STOPPED,
    /** The SLA no longer applies (e.g. the ticket was cancelled); it counts neither as met nor as breached. */
    CANCELLED
}
