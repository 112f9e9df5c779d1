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
 * @since 0.1
 */
public record StepResult(boolean success, String actor, String output, Map<String, String> outputs) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param success whether the action succeeded
     * @param actor   who or what carried it out (a person for manual steps, a system otherwise)
     * @param output  text output for the record
     * @param outputs values added to the execution context for later steps; copied
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public StepResult {
        Checks.notBlank(actor, "actor");
        Checks.notNull(output, "output");
        outputs = Map.copyOf(Checks.notNull(outputs, "outputs"));
    }

    /**
     * A successful attempt.
     *
     * @param actor  who or what performed it; not blank
     * @param output what it reported, for people
     * @return a successful result without outputs
     */
    public static StepResult ok(String actor, String output) {
        return new StepResult(true, actor, output, Map.of());
    }

    /**
     * A failed attempt; the runner retries it while attempts remain.
     *
     * @param actor  who or what performed it; not blank
     * @param output why it failed, for people
     * @return a failed result
     */
    public static StepResult failed(String actor, String output) {
        return new StepResult(false, actor, output, Map.of());
    }
}
