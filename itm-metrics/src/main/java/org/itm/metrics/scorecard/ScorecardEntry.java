package org.itm.metrics.scorecard;

import org.itm.core.validation.Checks;

/**
 * One KPI on a scorecard and its weight (relative; weights need not add up to anything).
 *
 * @param kpiId  the KPI definition's id
 * @param weight relative weight, positive
 * @since 0.1
 */
public record ScorecardEntry(String kpiId, double weight) {

    /**
     * An entry.
     *
     * @param kpiId  the KPI definition's id, not blank
     * @param weight relative weight, positive and finite
     * @throws org.itm.core.ItmValidationException if {@code kpiId} is blank or {@code weight} is not positive
     */
    public ScorecardEntry {
        Checks.notBlank(kpiId, "kpiId");
        Checks.positive(weight, "weight");
    }
}
