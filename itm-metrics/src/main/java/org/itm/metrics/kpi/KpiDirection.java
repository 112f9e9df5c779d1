package org.itm.metrics.kpi;

/**
 * Which way a KPI improves; decides how thresholds turn a value into a {@link RagStatus}.
 *
 * @since 0.1
 */
public enum KpiDirection {
    /** Larger values are better (availability, SLA attainment, CSAT). */
    HIGHER_IS_BETTER,
    /** Smaller values are better (MTTR, reopen rate, cost per unit). */
    LOWER_IS_BETTER;

    /**
     * Compares two values of a KPI the way this direction reads them; thresholds and targets use it.
     *
     * @param candidate the value judged
     * @param reference the bound or target it is compared with
     * @return true when {@code candidate} is at least as good as {@code reference} (equal counts as good)
     */
    public boolean atLeastAsGood(double candidate, double reference) {
        return this == HIGHER_IS_BETTER ? candidate >= reference : candidate <= reference;
    }
}
