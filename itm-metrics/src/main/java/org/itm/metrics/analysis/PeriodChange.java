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
 */
public record PeriodChange(double previous, double current, double absoluteChange, Optional<Double> relativeChange,
                           Movement movement) {

    public PeriodChange {
        Checks.finite(previous, "previous");
        Checks.finite(current, "current");
        Checks.notNull(relativeChange, "relativeChange");
        Checks.notNull(movement, "movement");
    }

    /** Compares two values of a KPI whose improvement direction is {@code direction}. */
    public static PeriodChange of(double previous, double current, KpiDirection direction) {
        Checks.notNull(direction, "direction");
        double delta = current - previous;
        Optional<Double> relative = previous == 0 ? Optional.empty() : Optional.of(100 * delta / Math.abs(previous));
        Movement m = delta == 0 ? Movement.UNCHANGED
                : direction.atLeastAsGood(current, previous) ? Movement.IMPROVED : Movement.WORSENED;
        return new PeriodChange(previous, current, delta, relative, m);
    }

    /** Compares two results of the same KPI and group, e.g. this month against last month. */
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
