package org.itm.metrics.scorecard;

import org.itm.core.validation.Checks;

/**
 * One KPI on a scorecard and its weight (relative; weights need not add up to anything).
 *
 * @param kpiId  the KPI definition's id
 * @param weight relative weight, positive
 */
public record ScorecardEntry(String kpiId, double weight) {

    public ScorecardEntry {
        Checks.notBlank(kpiId, "kpiId");
        Checks.positive(weight, "weight");
    }
}
