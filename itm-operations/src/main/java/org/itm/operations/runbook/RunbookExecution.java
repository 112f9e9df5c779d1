package org.itm.operations.runbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Violations;

/**
 * The record of one run of a runbook, as {@link RunbookRunner} ends it: a failed step exactly when the status is
 * not {@link ExecutionStatus#SUCCEEDED}, rollback records only after a failure, and {@link
 * ExecutionStatus#ROLLBACK_FAILED} exactly when one of them did not succeed. A stored execution breaking these is
 * rejected on load.
 *
 * @param executionId  identifier
 * @param runbookId    the runbook
 * @param startedBy    who started it
 * @param status       how it ended
 * @param failedStep   the step that failed, if any
 * @param records      every attempt and rollback, in order
 * @param context      the final execution context
 * @since 0.1
 */
public record RunbookExecution(String executionId, String runbookId, String startedBy, ExecutionStatus status,
                               Optional<String> failedStep, List<StepRecord> records, Map<String, String> context) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param executionId identifier
     * @param runbookId   the runbook
     * @param startedBy   who started it
     * @param status      how it ended
     * @param failedStep  the step that failed, if any
     * @param records     every attempt and rollback, in order
     * @param context     the final execution context
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public RunbookExecution {
        Violations v = new Violations();
        v.require(executionId != null && !executionId.isBlank(), "executionId", "must not be blank");
        v.require(runbookId != null && !runbookId.isBlank(), "runbookId", "must not be blank");
        v.require(startedBy != null && !startedBy.isBlank(), "startedBy", "must not be blank");
        v.require(status != null, "status", "must not be null");
        v.require(failedStep != null, "failedStep", "must not be null (use Optional.empty())");
        v.require(context != null, "context", "must not be null");
        if (v.require(records != null, "records", "must not be null") && status != null && failedStep != null) {
            boolean failed = status != ExecutionStatus.SUCCEEDED;
            v.require(failedStep.isPresent() == failed, "failedStep", failed
                    ? "must name the step that failed when the status is " + status
                    : "must be empty when every step succeeded, was " + failedStep.orElse(""));
            boolean rollbacks = false;
            boolean rollbackFailed = false;
            for (int i = 0; i < records.size(); i++) {
                StepRecord r = records.get(i);
                if (v.require(r != null, "records[" + i + "]", "must not be null") && r.rollback()) {
                    rollbacks = true;
                    rollbackFailed |= r.outcome() != StepOutcome.SUCCEEDED;
                }
            }
            v.require(!rollbacks || failed, "records", "holds rollbacks although every step succeeded");
            v.require(!failed || rollbackFailed == (status == ExecutionStatus.ROLLBACK_FAILED), "status",
                    rollbackFailed ? "must be ROLLBACK_FAILED: a rollback did not succeed"
                            : "must be ROLLED_BACK: every rollback succeeded");
        }
        v.throwIfAny();
        records = List.copyOf(records);
        context = Map.copyOf(context);
    }
}
