package org.itm.operations.runbook;

/** Whether a person or a machine carries out a step; both go through a {@link StepExecutor}. */
public enum StepKind {
    MANUAL, AUTOMATED
}
