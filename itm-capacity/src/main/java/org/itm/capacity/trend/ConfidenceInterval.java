package org.itm.capacity.trend;

/**
 * A two-sided confidence interval of an estimate.
 *
 * @param level    coverage, e.g. 0.95
 * @param estimate the point estimate
 * @param lower    lower bound
 * @param upper    upper bound
 */
public record ConfidenceInterval(double level, double estimate, double lower, double upper) {

    /** Whether {@code value} lies within the bounds. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
