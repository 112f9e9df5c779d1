package org.itm.operations.sla;

/**
 * What a priority change does to the SLA target.
 *
 * @since 0.1
 */
public enum PriorityChangePolicy {
    /** Use the target of the new priority, measured from the original start of the clock. */
    RECOMPUTE_FROM_START,
    /** Keep the target of the priority the ticket had when the clock started. */
    KEEP_ORIGINAL
}
