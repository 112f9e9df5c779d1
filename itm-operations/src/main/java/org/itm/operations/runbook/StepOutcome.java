package org.itm.operations.runbook;

/** How one attempt of a step (or its rollback) ended. */
public enum StepOutcome {
    SUCCEEDED, FAILED, TIMED_OUT, PRECONDITION_FAILED, NO_EXECUTOR
}
