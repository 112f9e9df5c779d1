package org.itm.operations.runbook;

import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * One attempt of one step in an execution record.
 *
 * @param stepId    the step
 * @param rollback  true for an undo
 * @param attempt   attempt number
 * @param actor     who or what did it
 * @param action    the action
 * @param startedAt when it started
 * @param endedAt   when it ended
 * @param outcome   how it ended
 * @param output    its output or error
 * @since 0.1
 */
public record StepRecord(String stepId, boolean rollback, int attempt, String actor, String action, Instant startedAt,
                         Instant endedAt, StepOutcome outcome, String output) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param stepId    the step
     * @param rollback  true for an undo
     * @param attempt   attempt number
     * @param actor     who or what did it
     * @param action    the action
     * @param startedAt when it started
     * @param endedAt   when it ended
     * @param outcome   how it ended
     * @param output    its output or error
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public StepRecord {
        Checks.notBlank(stepId, "stepId");
        Checks.notBlank(actor, "actor");
        Checks.notBlank(action, "action");
        Checks.notNull(startedAt, "startedAt");
        Checks.notNull(endedAt, "endedAt");
        Checks.require(!endedAt.isBefore(startedAt), "endedAt", "must not be before startedAt " + startedAt);
        Checks.notNull(outcome, "outcome");
        Checks.notNull(output, "output");
    }
}
