package org.itm.operations.runbook;

import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * What a {@link StepExecutor} is asked to do.
 *
 * @param executionId the execution
 * @param runbookId   the runbook
 * @param stepId      the step
 * @param action      the action to perform (the step's action, or its rollback action)
 * @param parameters  the action's parameters
 * @param context     the execution context (inputs and outputs of earlier steps)
 * @param attempt     1 for the first attempt
 * @param rollback    true when undoing the step
 * @since 0.1
 */
public record StepRequest(String executionId, String runbookId, String stepId, String action,
                          Map<String, String> parameters, Map<String, String> context, int attempt, boolean rollback) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param executionId the execution
     * @param runbookId   the runbook
     * @param stepId      the step
     * @param action      the action to perform (the step's action, or its rollback action)
     * @param parameters  the action's parameters
     * @param context     the execution context (inputs and outputs of earlier steps)
     * @param attempt     1 for the first attempt
     * @param rollback    true when undoing the step
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public StepRequest {
        Checks.notBlank(executionId, "executionId");
        Checks.notBlank(runbookId, "runbookId");
        Checks.notBlank(stepId, "stepId");
        Checks.notBlank(action, "action");
        parameters = Map.copyOf(parameters);
        context = Map.copyOf(context);
        Checks.positive(attempt, "attempt");
    }

    /**
     * The attempt's idempotency key (see {@link StepAttempt#key()}): an executor that performs an effect once per
     * key is asked again with the same key when a durable run continues an attempt a crash interrupted.
     *
     * @return {@code executionId|stepId|do|attempt}, or {@code |undo|} for a rollback
     */
    public String idempotencyKey() {
        return StepAttempt.keyOf(executionId, stepId, rollback, attempt);
    }
}
