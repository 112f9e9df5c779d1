package org.itm.operations.runbook;

/**
 * Whether a person or a machine carries out a step; both go through a {@link StepExecutor}.
 *
 * @since 0.1
 */
public enum StepKind {
    /** A person carries it out and confirms it through the executor (e.g. a chat or ticket task). */
    MANUAL,
    /** A machine carries it out. */
    AUTOMATED
}
