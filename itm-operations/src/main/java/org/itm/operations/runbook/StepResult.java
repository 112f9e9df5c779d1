package org.itm.operations.runbook;

import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * What an executor reports for one attempt.
 *
 * @param success whether the action succeeded
 * @param actor   who or what carried it out (a person for manual steps, a system otherwise)
 * @param output  text output for the record
 * @param outputs values added to the execution context for later steps; copied
 */
public record StepResult(boolean success, String actor, String output, Map<String, String> outputs) {

    public StepResult {
        Checks.notBlank(actor, "actor");
        Checks.notNull(output, "output");
        outputs = Map.copyOf(Checks.notNull(outputs, "outputs"));
    }

    public static StepResult ok(String actor, String output) {
        return new StepResult(true, actor, output, Map.of());
    }

    public static StepResult failed(String actor, String output) {
        return new StepResult(false, actor, output, Map.of());
    }
}
