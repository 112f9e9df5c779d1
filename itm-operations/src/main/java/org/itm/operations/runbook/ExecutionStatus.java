package org.itm.operations.runbook;

/**
 * How a runbook execution ended.
 *
 * @since 0.1
 */
public enum ExecutionStatus {
    /** Every step succeeded. */
    SUCCEEDED,
    /** A step failed and every completed step was rolled back. */
    ROLLED_BACK,
    /** A step failed and at least one rollback failed too: needs a person. */
    ROLLBACK_FAILED
}
