package org.itm.metrics.analysis;

import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiResult;

/**
 * The change of a KPI from one period to the next, read in the KPI's direction.
 *
 * @param previous        value in the earlier period
 * @param current         value in the later period
 * @param absoluteChange  {@code current - previous}
 * @param relativeChange  {@code (current - previous) / |previous|} as a percentage; empty when previous is 0
 * @param movement        improved, worsened or unchanged under the direction
 * @since 0.1
 */
public record PeriodChange(double previous, double current, double absoluteChange, Optional<Double> relativeChange,
                           Movement movement) {

    /**
     * A change as computed by {@link #of(double, double, KpiDirection)}; prefer the factories.
     *
     * @param previous        value in the earlier period, finite
     * @param current         value in the later period, finite
     * @param absoluteChange  {@code current - previous}
     * @param relativeChange  the change as a percentage of {@code |previous|}, or empty
     * @param movement        improved, worsened or unchanged
     * @throws org.itm.core.ItmValidationException if a value is not finite or an argument is null
     */
    public PeriodChange {
        Checks.finite(previous, "previous");
        Checks.finite(current, "current");
        Checks.notNull(relativeChange, "relativeChange");
        Checks.notNull(movement, "movement");
    }

    /**
     * Compares two values of a KPI, e.g. for a "vs. last month" column.
     *
     * @param previous value in the earlier period, finite
     * @param current value in the later period, finite
     * @param direction which way the KPI improves
     * @return the change; its relative part is empty when {@code previous} is 0
     * @throws org.itm.core.ItmValidationException if a value is not finite or {@code direction} is null
     */
    public static PeriodChange of(double previous, double current, KpiDirection direction) {
        Checks.notNull(direction, "direction");
        double delta = current - previous;
        Optional<Double> relative = previous == 0 ? Optional.empty() : Optional.of(100 * delta / Math.abs(previous));
        Movement m = delta == 0 ? Movement.UNCHANGED
                : direction.atLeastAsGood(current, previous) ? Movement.IMPROVED : Movement.WORSENED;
        return new PeriodChange(previous, current, delta, relative, m);
    }

    /**
     * Compares two results of the same KPI and group, e.g. this month against last month.
     *
     * @param previous the earlier result
     * @param current a later result of the same KPI
     * @param direction which way the KPI improves (the definition's)
     * @return the change between their values
     * @throws org.itm.core.ItmValidationException if the results are of different KPIs, or {@code current} does
     *         not cover a later window
     */
    public static PeriodChange of(KpiResult previous, KpiResult current, KpiDirection direction) {
        Checks.notNull(previous, "previous");
        Checks.notNull(current, "current");
        Checks.require(previous.kpiId().equals(current.kpiId()), "current", "must be a value of KPI "
                + previous.kpiId());
        Checks.require(previous.window().compareTo(current.window()) < 0, "current",
                "must cover a later window than previous");
        return of(previous.value(), current.value(), direction);
    }
}
