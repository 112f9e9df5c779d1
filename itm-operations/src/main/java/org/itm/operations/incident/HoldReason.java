package org.itm.operations.incident;

/** Why an incident is on hold; SLA definitions may pause their clocks for some reasons only. */
public enum HoldReason {
    AWAITING_CUSTOMER, AWAITING_VENDOR, AWAITING_CHANGE
}
