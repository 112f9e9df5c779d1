package org.itm.operations.alert.intake;

import org.itm.core.notify.Severity;
import org.itm.core.validation.Checks;

/**
 * The severity {@link SeverityRules} decided for one alert, and why.
 *
 * @param severity the severity
 * @param rule     the rule that fired, or {@value SeverityRules#FALLBACK} when none did
 * @since 0.1
 */
public record AlertSeverity(Severity severity, String rule) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param severity the severity
     * @param rule     the rule that fired, or {@value SeverityRules#FALLBACK} when none did
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public AlertSeverity {
        Checks.notNull(severity, "severity");
        Checks.notBlank(rule, "rule");
    }
}
