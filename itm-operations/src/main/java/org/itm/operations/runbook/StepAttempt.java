package org.itm.operations.runbook;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * One attempt of one step of a durable runbook execution as the runner journals it: written when the attempt
 * starts, under its {@link #key() idempotency key}, and finished with its record and context outputs before the
 * runner goes on, so a run continued after a crash replays a finished attempt instead of executing it again.
 *
 * @param executionId the execution
 * @param stepId      the step
 * @param rollback    true for the undo of the step
 * @param attempt     attempt number, 1 or more
 * @param startedAt   when the attempt was journaled
 * @param result      how it ended, once it ended
 * @param outputs     what a successful attempt added to the execution context; empty otherwise
 * @since 0.1
 */
public record StepAttempt(String executionId, String stepId, boolean rollback, int attempt, Instant startedAt,
                          Optional<StepRecord> result, Map<String, String> outputs) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param executionId the execution
     * @param stepId      the step
     * @param rollback    true for the undo of the step
     * @param attempt     attempt number, 1 or more
     * @param startedAt   when the attempt was journaled
     * @param result      how it ended, once it ended
     * @param outputs     what a successful attempt added to the execution context; empty otherwise
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public StepAttempt {
        Violations v = new Violations();
        v.require(executionId != null && !executionId.isBlank(), "executionId", "must not be blank");
        v.require(stepId != null && !stepId.isBlank(), "stepId", "must not be blank");
        v.require(attempt >= 1, "attempt", "must be 1 or more, was " + attempt);
        v.require(startedAt != null, "startedAt", "must not be null");
        v.require(outputs != null, "outputs", "must not be null");
        if (v.require(result != null, "result", "must not be null (use Optional.empty())") && result.isPresent()) {
            StepRecord r = result.get();
            v.require(r.stepId().equals(stepId) && r.rollback() == rollback && r.attempt() == attempt, "result",
                    "must be the record of step " + stepId + (rollback ? " (rollback)" : "") + " attempt " + attempt
                            + ", was of step " + r.stepId() + (r.rollback() ? " (rollback)" : "") + " attempt "
                            + r.attempt());
        }
        if (outputs != null && result != null) {
            v.require(outputs.isEmpty() || result.filter(r -> r.outcome() == StepOutcome.SUCCEEDED).isPresent(),
                    "outputs", "only a successful attempt adds to the context");
        }
        v.throwIfAny();
        outputs = Map.copyOf(outputs);
    }

    /**
     * The attempt as journaled before it runs.
     *
     * @param executionId the execution
     * @param stepId      the step
     * @param rollback    true for an attempt of the rollback
     * @param attempt     1 for the first attempt
     * @param startedAt   when it started
     * @return the unfinished attempt
     * @throws org.itm.core.ItmValidationException naming the first bad field
     */
    public static StepAttempt started(String executionId, String stepId, boolean rollback, int attempt,
                                      Instant startedAt) {
        return new StepAttempt(executionId, stepId, rollback, attempt, startedAt, Optional.empty(), Map.of());
    }

    /**
     * The idempotency key of an attempt: the same for the same execution, step, direction and attempt number in
     * every JVM, so an executor that honours it performs the attempt's effect once however often it is asked.
     *
     * @return {@code executionId|stepId|do|attempt} or {@code executionId|stepId|undo|attempt}
     */
    public String key() {
        return keyOf(executionId, stepId, rollback, attempt);
    }

    /**
     * The key of an attempt from its parts (see {@link #key()}).
     *
     * @param executionId the execution; not blank
     * @param stepId      the step; not blank
     * @param rollback    true for the rollback
     * @param attempt     the attempt number
     * @return the key, as {@link #key()} gives it
     */
    public static String keyOf(String executionId, String stepId, boolean rollback, int attempt) {
        Checks.notBlank(executionId, "executionId");
        Checks.notBlank(stepId, "stepId");
        return executionId + "|" + stepId + "|" + (rollback ? "undo" : "do") + "|" + attempt;
    }

    /**
     * Whether the attempt ended.
     *
     * @return true once a result is recorded
     */
    public boolean finished() {
        return result.isPresent();
    }

    /**
     * This attempt ended with {@code record}, adding {@code added} to the context if it succeeded.
     *
     * @param record how it ended
     * @param added  outputs to add to the context; kept only if the attempt succeeded
     * @return the finished attempt
     * @throws org.itm.core.ItmValidationException naming {@code outputs} when this attempt already ended
     */
    public StepAttempt finish(StepRecord record, Map<String, String> added) {
        return new StepAttempt(executionId, stepId, rollback, attempt, startedAt, Optional.of(record),
                record.outcome() == StepOutcome.SUCCEEDED ? added : Map.of());
    }
}
