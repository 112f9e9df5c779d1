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
 * @since 0.1
 */
public record Thresholds(double target, double green, double amber) {

    /**
     * Thresholds as configured; the order of {@code green} and {@code amber} is checked by the KPI definition,
     * which knows the direction.
     *
     * @param target the value aimed for
     * @param green  bound of the green band
     * @param amber  bound of the amber band
     * @throws org.itm.core.ItmValidationException if a value is infinite or NaN
     */
    public Thresholds {
        Checks.finite(target, "target");
        Checks.finite(green, "green");
        Checks.finite(amber, "amber");
    }

    /**
     * Classifies a KPI value; a value exactly on a bound is in the better band.
     *
     * @param value the KPI value, as scaled by the definition
     * @param direction which way the KPI improves
     * @return GREEN, AMBER or RED (never NONE)
     */
    public RagStatus status(double value, KpiDirection direction) {
        if (direction.atLeastAsGood(value, green)) {
            return RagStatus.GREEN;
        }
        return direction.atLeastAsGood(value, amber) ? RagStatus.AMBER : RagStatus.RED;
    }

    /**
     * Whether a KPI value meets the target, as scorecards report it.
     *
     * @param value the KPI value, as scaled by the definition
     * @param direction which way the KPI improves
     * @return true when {@code value} is at least as good as {@code target}
     */
    public boolean meetsTarget(double value, KpiDirection direction) {
        return direction.atLeastAsGood(value, target);
    }
}
