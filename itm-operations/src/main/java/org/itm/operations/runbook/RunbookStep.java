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
 */
public record RunbookStep(String id, String description, StepKind kind, String action, Map<String, String> parameters,
                          Map<String, String> preconditions, Duration timeout, int maxAttempts, String rollbackAction,
                          Map<String, String> rollbackParameters) {

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

    /** An automated step with one attempt, a 5-minute timeout and no rollback; refine with the {@code with…} methods. */
    public static RunbookStep automated(String id, String description, String action) {
        return new RunbookStep(id, description, StepKind.AUTOMATED, action, Map.of(), Map.of(), Duration.ofMinutes(5),
                1, "", Map.of());
    }

    /** A manual step (confirmed by a person through the executor of {@code action}). */
    public static RunbookStep manual(String id, String description, String action) {
        return new RunbookStep(id, description, StepKind.MANUAL, action, Map.of(), Map.of(), Duration.ofHours(1), 1,
                "", Map.of());
    }

    public RunbookStep withParameters(Map<String, String> p) {
        return new RunbookStep(id, description, kind, action, p, preconditions, timeout, maxAttempts, rollbackAction,
                rollbackParameters);
    }

    public RunbookStep withPreconditions(Map<String, String> p) {
        return new RunbookStep(id, description, kind, action, parameters, p, timeout, maxAttempts, rollbackAction,
                rollbackParameters);
    }

    public RunbookStep withRetries(int attempts, Duration perAttemptTimeout) {
        return new RunbookStep(id, description, kind, action, parameters, preconditions, perAttemptTimeout, attempts,
                rollbackAction, rollbackParameters);
    }

    public RunbookStep withRollback(String undoAction, Map<String, String> undoParameters) {
        return new RunbookStep(id, description, kind, action, parameters, preconditions, timeout, maxAttempts,
                undoAction, undoParameters);
    }
}
