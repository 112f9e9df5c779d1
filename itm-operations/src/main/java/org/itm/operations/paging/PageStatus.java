package org.itm.operations.paging;

/**
 * Where a page stands; only {@code TRIGGERED} pages escalate.
 *
 * @since 0.1
 */
public enum PageStatus {
    /** Raised and not yet acknowledged: levels are notified as their time comes. */
    TRIGGERED,
    /** Someone took it: escalation stops. */
    ACKNOWLEDGED,
    /** Over; no further transition is allowed. */
    RESOLVED
}
