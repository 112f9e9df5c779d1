package org.itm.risk.vuln;

import java.util.HashSet;
import java.util.List;
import org.itm.core.validation.Checks;

/**
 * One question of a decision table, with its allowed answers in order.
 *
 * @param key    identifier used in inputs, e.g. {@code exploitation}
 * @param name   human name, e.g. "Exploitation"
 * @param values allowed answers, distinct, at least one
 * @since 0.1
 */
public record DecisionPoint(String key, String name, List<String> values) {

    /**
     * Checks the components and copies the values.
     *
     * @param key    identifier used in inputs, e.g. {@code exploitation}
     * @param name   human name, e.g. "Exploitation"
     * @param values allowed answers, distinct, at least one
     * @throws org.itm.core.ItmValidationException naming {@code key} or {@code name} when blank, or
     *                                             {@code values} when empty, repeated or holding a blank value
     */
    public DecisionPoint {
        Checks.notBlank(key, "key");
        Checks.notBlank(name, "name");
        Checks.notEmpty(values, "values");
        values = List.copyOf(values);
        Checks.require(new HashSet<>(values).size() == values.size(), "values", "must be distinct");
        values.forEach(v -> Checks.notBlank(v, "values"));
    }
}
