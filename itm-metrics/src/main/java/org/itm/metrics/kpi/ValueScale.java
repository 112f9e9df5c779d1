package org.itm.metrics.kpi;

/**
 * How the aggregated value is presented; lets a fraction read as a percentage without a second KPI.
 *
 * @since 0.1
 */
public enum ValueScale {
    /** The aggregated value unchanged. */
    AS_IS,
    /** The aggregated fraction times 100. */
    PERCENT,
    /** {@code 100 - 100 × fraction}: what is left, e.g. error budget remaining from budget consumed. */
    PERCENT_REMAINING;

    /**
     * Applies the scale to an aggregated value.
     *
     * @param value the aggregated value, a fraction for {@link #PERCENT} and {@link #PERCENT_REMAINING}
     * @return the value as presented and judged against the thresholds
     */
    public double apply(double value) {
        return switch (this) {
            case AS_IS -> value;
            case PERCENT -> 100.0 * value;
            case PERCENT_REMAINING -> 100.0 - 100.0 * value;
        };
    }
}
