package org.itm.operations.incident;

/**
 * Why an incident is on hold; SLA definitions may pause their clocks for some reasons only.
 *
 * @since 0.1
 */
public enum HoldReason {
    /** Waiting for the user or customer to answer or test; most SLA definitions pause for this. */
    AWAITING_CUSTOMER,
    /** Waiting for a third party (supplier, vendor support) to act. */
    AWAITING_VENDOR,
    /** Waiting for a scheduled change to be implemented. */
    AWAITING_CHANGE
}
