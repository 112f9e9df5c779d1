package org.itm.metrics.analysis;

import org.itm.core.validation.Checks;

/**
 * A point of an XmR chart where a Western Electric rule fires.
 *
 * @param index       position of the point in the series (the last point of the run that fired)
 * @param value       its value
 * @param rule        the rule that fired
 * @param above       true when the shift is above the centre line
 * @param explanation what was seen, e.g. {@code "2 of 3 points above +2σ (14.1)"}
 * @since 0.1
 */
public record SpcSignal(int index, double value, SpcRule rule, boolean above, String explanation) {

    /**
     * A signal as the chart finds it.
     *
     * @param index       position of the point, 0 or more
     * @param value       its value
     * @param rule        the rule that fired
     * @param above       whether the shift is above the centre line
     * @param explanation what was seen
     * @throws org.itm.core.ItmValidationException if {@code index} is negative or an argument is null
     */
    public SpcSignal {
        Checks.notNegative(index, "index");
        Checks.notNull(rule, "rule");
        Checks.notNull(explanation, "explanation");
    }
}
