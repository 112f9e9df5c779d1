package org.itm.metrics.improvement;

import java.util.Locale;
import org.itm.core.validation.Checks;
import org.itm.metrics.analysis.Movement;
import org.itm.metrics.analysis.PeriodChange;
import org.itm.metrics.kpi.KpiResult;

/**
 * The measured benefit of an improvement initiative: its KPI in a window before against a comparable window after.
 *
 * @param initiativeId    the initiative
 * @param before          KPI value in the window before
 * @param after           KPI value in the window after
 * @param change          the change, read in the KPI's direction
 * @param gapClosedPercent share of the baseline-to-target gap closed, measured from the baseline (can exceed 100
 *                        or be negative)
 * @param targetMet       whether {@code after} meets the initiative's target
 * @param explanation     e.g. {@code "MTTR 12.0 -> 9.0 (2026-01 vs 2026-04, 31 days each): 60 % of the gap closed"}
 * @since 0.1
 */
public record Benefit(String initiativeId, double before, double after, PeriodChange change, double gapClosedPercent,
                      boolean targetMet, String explanation) {

    /**
     * A benefit as {@link #measure} computes it; prefer that factory.
     *
     * @param initiativeId    the initiative, not blank
     * @param before          KPI value before
     * @param after           KPI value after
     * @param change          the change
     * @param gapClosedPercent share of the gap closed, in %
     * @param targetMet       whether the target is met
     * @param explanation     how it was measured
     * @throws org.itm.core.ItmValidationException if {@code initiativeId} is blank or an argument is null
     */
    public Benefit {
        Checks.notBlank(initiativeId, "initiativeId");
        Checks.notNull(change, "change");
        Checks.notNull(explanation, "explanation");
    }

    /**
     * Measures {@code initiative} from its KPI's value in a window before it started and one after, e.g. the month
     * before and the third month after (from {@link org.itm.metrics.kpi.KpiResults#find}).
     *
     * @param initiative the initiative, whose KPI, scope, baseline and target are used
     * @param before the KPI's result for the initiative's scope in a window ending by its start
     * @param after the KPI's result for the same scope in a window as long, starting on or after its start
     * @return the benefit, with the share of the baseline-to-target gap closed
     * @throws org.itm.core.ItmValidationException if the results are not of the initiative's KPI and scope, the
     *                                             windows differ in length, or {@code before} does not end by the
     *                                             start and {@code after} does not begin on or after it
     */
    public static Benefit measure(ImprovementInitiative initiative, KpiResult before, KpiResult after) {
        Checks.notNull(initiative, "initiative");
        Checks.notNull(before, "before");
        Checks.notNull(after, "after");
        Checks.require(before.kpiId().equals(initiative.kpiId()) && after.kpiId().equals(initiative.kpiId()),
                "kpiId", "results must be values of KPI " + initiative.kpiId());
        Checks.require(before.dimensions().equals(initiative.scope()) && after.dimensions().equals(initiative.scope()),
                "scope", "results must be for " + initiative.scope());
        Checks.require(before.window().comparableTo(after.window()), "after.window",
                "must be as long as the before window (" + before.window().lengthInDays() + " days), was "
                        + after.window().lengthInDays());
        Checks.require(!before.window().end().isAfter(initiative.started()), "before.window",
                "must end by the initiative's start " + initiative.started());
        Checks.require(!after.window().start().isBefore(initiative.started()), "after.window",
                "must start on or after the initiative's start " + initiative.started());
        PeriodChange change = PeriodChange.of(before.value(), after.value(), initiative.direction());
        double gap = initiative.target() - initiative.baseline();
        double closed = 100 * (after.value() - initiative.baseline()) / gap;
        boolean met = initiative.direction().atLeastAsGood(after.value(), initiative.target());
        String why = String.format(Locale.ROOT, "%s %.4g -> %.4g (%s vs %s, %d days each): %s, %.0f %% of the gap "
                        + "from baseline %.4g to target %.4g closed", initiative.kpiId(), before.value(), after.value(),
                before.window(), after.window(), before.window().lengthInDays(),
                change.movement() == Movement.IMPROVED ? "improved" : change.movement() == Movement.WORSENED
                        ? "worsened" : "unchanged", closed, initiative.baseline(), initiative.target());
        return new Benefit(initiative.id(), before.value(), after.value(), change, closed, met, why);
    }
}
