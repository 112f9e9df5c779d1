package org.itm.capacity.trend.internal;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Student's t distribution for confidence intervals and p-values, delegated to Hipparchus' exact
 * {@link TDistribution} (regularised incomplete beta function to double precision); its quantile solver is
 * asked for {@value #ACCURACY} instead of its default 1e-9, so quantiles are exact to about 1e-13 relative.
 */
public final class StudentT {

    private static final double ACCURACY = 1e-14;

    private StudentT() {
    }

    /** P(T <= t) for {@code df} degrees of freedom. */
    public static double cdf(double t, double df) {
        return new TDistribution(df).cumulativeProbability(t);
    }

    /** The {@code p}-quantile, {@code 0 < p < 1}. */
    public static double quantile(double p, double df) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1): " + p);
        }
        return new TDistribution(df, ACCURACY).inverseCumulativeProbability(p);
    }
}
