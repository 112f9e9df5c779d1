package org.itm.risk.vuln;

/**
 * Where a finding stands against its deadline.
 *
 * @since 0.1
 */
public enum RemediationState {
    /** Open, deadline not passed. */
    OPEN_WITHIN_SLA,
    /** Open, deadline passed, no active exception. */
    OVERDUE,
    /** Open past its deadline under an active exception. */
    EXCEPTED,
    /** Fixed by the deadline. */
    REMEDIATED_ON_TIME,
    /** Fixed after the deadline. */
    REMEDIATED_LATE,
    /** The policy sets no deadline (e.g. severity None). */
    NO_DEADLINE
}
