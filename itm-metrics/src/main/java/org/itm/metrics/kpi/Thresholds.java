package org.itm.metrics.kpi;

import org.itm.core.validation.Checks;

/**
 * Target and red/amber/green bounds of a KPI. For {@link KpiDirection#HIGHER_IS_BETTER} a value is GREEN at or above
 * {@code green}, AMBER at or above {@code amber}, else RED (so {@code green >= amber}); for
 * {@link KpiDirection#LOWER_IS_BETTER} GREEN at or below {@code green}, AMBER at or below {@code amber}, else RED
 * (so {@code green <= amber}). The KPI definition checks the order against its direction.
 *
 * @param target the value the organisation aims for (reported, and used by scorecards and SPC early warnings)
 * @param green  bound of the green band
 * @param amber  bound of the amber band
 */
public record Thresholds(double target, double green, double amber) {

    public Thresholds {
        Checks.finite(target, "target");
        Checks.finite(green, "green");
        Checks.finite(amber, "amber");
    }

    /** Classifies {@code value} under {@code direction}. */
    public RagStatus status(double value, KpiDirection direction) {
        if (direction.atLeastAsGood(value, green)) {
            return RagStatus.GREEN;
        }
        return direction.atLeastAsGood(value, amber) ? RagStatus.AMBER : RagStatus.RED;
    }

    /** True when {@code value} meets the target under {@code direction}. */
    public boolean meetsTarget(double value, KpiDirection direction) {
        return direction.atLeastAsGood(value, target);
    }
}
