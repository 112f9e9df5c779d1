package org.itm.operations.runbook;

/**
 * How one attempt of a step (or its rollback) ended.
 *
 * @since 0.1
 */
public enum StepOutcome {
    /** The executor reported success; its outputs join the context. */
    SUCCEEDED,
    /** The executor reported failure or threw. */
    FAILED,
    /** No result within the step's timeout; the attempt was interrupted. */
    TIMED_OUT,
    /** A precondition did not hold in the context; the executor was not called. */
    PRECONDITION_FAILED,
    /** No executor supports the step's action. */
    NO_EXECUTOR
}
