package org.itm.operations.runbook;

import java.time.Duration;
import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * One step of a runbook.
 *
 * @param id                 unique within the runbook
 * @param description        what the step does, for people
 * @param kind               manual or automated
 * @param action             the action name a {@link StepExecutor} handles, e.g. {@code restart-service}
 * @param parameters         action parameters; copied
 * @param preconditions      context key → required value; the execution fails (and rolls back) if one does not hold
 * @param timeout            longest time per attempt
 * @param maxAttempts        attempts before the step fails (1 = no retry)
 * @param rollbackAction     action that undoes the step; empty when it needs no undo
 * @param rollbackParameters parameters of the rollback action; copied
 * @since 0.1
 */
public record RunbookStep(String id, String description, StepKind kind, String action, Map<String, String> parameters,
                          Map<String, String> preconditions, Duration timeout, int maxAttempts, String rollbackAction,
                          Map<String, String> rollbackParameters) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param id                 unique within the runbook
     * @param description        what the step does, for people
     * @param kind               manual or automated
     * @param action             the action name a {@link StepExecutor} handles, e.g. {@code restart-service}
     * @param parameters         action parameters; copied
     * @param preconditions      context key → required value; the execution fails (and rolls back) if one does not hold
     * @param timeout            longest time per attempt
     * @param maxAttempts        attempts before the step fails (1 = no retry)
     * @param rollbackAction     action that undoes the step; empty when it needs no undo
     * @param rollbackParameters parameters of the rollback action; copied
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public RunbookStep {
        Checks.id(id, "id");
        Checks.notBlank(description, "description");
        Checks.notNull(kind, "kind");
        Checks.id(action, "action");
        parameters = Map.copyOf(Checks.notNull(parameters, "parameters"));
        preconditions = Map.copyOf(Checks.notNull(preconditions, "preconditions"));
        Checks.positive(timeout, "timeout");
        Checks.between(maxAttempts, 1, 100, "maxAttempts");
        Checks.notNull(rollbackAction, "rollbackAction");
        rollbackParameters = Map.copyOf(Checks.notNull(rollbackParameters, "rollbackParameters"));
    }

    /**
     * An automated step with one attempt, a 5-minute timeout and no rollback; refine with the {@code with…} methods.
     *
     * @param id          step id, unique in its runbook
     * @param description for people; not blank
     * @param action      the action an executor must {@link StepExecutor#supports support}
     * @return the step
     * @throws org.itm.core.ItmValidationException naming the first bad field
     */
    public static RunbookStep automated(String id, String description, String action) {
        return new RunbookStep(id, description, StepKind.AUTOMATED, action, Map.of(), Map.of(), Duration.ofMinutes(5),
                1, "", Map.of());
    }

    /**
     * A manual step (confirmed by a person through the executor of {@code action}).
     *
     * @param id          step id, unique in its runbook
     * @param description for people; not blank
     * @param action      the action an executor must {@link StepExecutor#supports support}
     * @return the step, with one attempt, a 1-hour timeout and no rollback
     * @throws org.itm.core.ItmValidationException naming the first bad field
     */
    public static RunbookStep manual(String id, String description, String action) {
        return new RunbookStep(id, description, StepKind.MANUAL, action, Map.of(), Map.of(), Duration.ofHours(1), 1,
                "", Map.of());
    }

    /**
     * This step with other executor parameters.
     *
     * @param p parameters handed to the executor; replace the current ones
     * @return a copy with these parameters
     * @throws org.itm.core.ItmValidationException naming {@code parameters} if null
     */
    public RunbookStep withParameters(Map<String, String> p) {
        return new RunbookStep(id, description, kind, action, p, preconditions, timeout, maxAttempts, rollbackAction,
                rollbackParameters);
    }

    /**
     * This step with other preconditions, checked against the context before each attempt.
     *
     * @param p context key to required value; replace the current ones
     * @return a copy with these preconditions
     * @throws org.itm.core.ItmValidationException naming {@code preconditions} if null
     */
    public RunbookStep withPreconditions(Map<String, String> p) {
        return new RunbookStep(id, description, kind, action, parameters, p, timeout, maxAttempts, rollbackAction,
                rollbackParameters);
    }

    /**
     * This step with another attempt count and per-attempt timeout.
     *
     * @param attempts          attempts before the step fails, 1 to 100
     * @param perAttemptTimeout how long each attempt may take; positive
     * @return a copy with these limits
     * @throws org.itm.core.ItmValidationException naming {@code maxAttempts} or {@code timeout}
     */
    public RunbookStep withRetries(int attempts, Duration perAttemptTimeout) {
        return new RunbookStep(id, description, kind, action, parameters, preconditions, perAttemptTimeout, attempts,
                rollbackAction, rollbackParameters);
    }

    /**
     * This step with a rollback, run when a later step fails.
     *
     * @param undoAction     the action that undoes the step; empty for none
     * @param undoParameters its parameters
     * @return a copy with this rollback
     * @throws org.itm.core.ItmValidationException naming {@code rollbackAction} or {@code rollbackParameters} if null
     */
    public RunbookStep withRollback(String undoAction, Map<String, String> undoParameters) {
        return new RunbookStep(id, description, kind, action, parameters, preconditions, timeout, maxAttempts,
                undoAction, undoParameters);
    }
}
