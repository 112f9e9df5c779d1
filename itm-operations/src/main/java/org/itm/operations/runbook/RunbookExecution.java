package org.itm.operations.runbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * The record of one run of a runbook.
 *
 * @param executionId  identifier
 * @param runbookId    the runbook
 * @param startedBy    who started it
 * @param status       how it ended
 * @param failedStep   the step that failed, if any
 * @param records      every attempt and rollback, in order
 * @param context      the final execution context
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
        Checks.notBlank(executionId, "executionId");
        Checks.notBlank(runbookId, "runbookId");
        Checks.notBlank(startedBy, "startedBy");
        Checks.notNull(status, "status");
        Checks.notNull(failedStep, "failedStep");
        records = List.copyOf(records);
        context = Map.copyOf(context);
    }
}
