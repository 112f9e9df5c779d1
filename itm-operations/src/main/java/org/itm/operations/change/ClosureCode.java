package org.itm.operations.change;

/**
 * How a change ended.
 *
 * @since 0.1
 */
public enum ClosureCode {
    /** Implemented and achieved its aim. */
    SUCCESSFUL,
    /** Implemented but did not achieve its aim, and was not reverted. */
    FAILED,
    /** Reverted with its back-out plan. */
    BACKED_OUT
}
