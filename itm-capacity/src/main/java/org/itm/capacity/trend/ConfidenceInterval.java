package org.itm.capacity.trend;

/**
 * A two-sided confidence interval of an estimate, e.g. of a trend's slope from
 * {@link LinearTrend#slopeConfidenceInterval}.
 *
 * @param level    coverage as a fraction, e.g. 0.95
 * @param estimate the point estimate
 * @param lower    lower bound
 * @param upper    upper bound
 * @since 0.1
 */
public record ConfidenceInterval(double level, double estimate, double lower, double upper) {

    /**
     * Whether {@code value} lies within the bounds, e.g. whether a growth of zero is plausible.
     *
     * @param value the value to test
     * @return {@code true} when {@code lower <= value <= upper}
     */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
