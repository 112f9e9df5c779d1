package org.itm.capacity.trend;

import org.itm.capacity.trend.internal.StudentT;
import org.itm.core.validation.Checks;

/**
 * A fitted straight line {@code y = intercept + slope·x} with the uncertainty of its estimates. For trends of a
 * {@link org.itm.capacity.series.TimeSeries}, {@code x} is days since the first observation, so the slope is
 * per day. Fit one with {@link Trends}.
 *
 * @param method                 how it was fitted ("least squares" or "Theil-Sen")
 * @param intercept              value at {@code x = 0}
 * @param slope                  change per unit of {@code x}
 * @param interceptStandardError standard error of the intercept (least squares; NaN for Theil-Sen)
 * @param slopeStandardError     standard error of the slope (least squares; NaN for Theil-Sen)
 * @param residualStandardError  standard deviation of the residuals
 * @param rSquared               share of variance explained, 1 for a perfect fit (can be negative for Theil-Sen)
 * @param n                      number of points
 * @since 0.1
 */
public record LinearTrend(String method, double intercept, double slope, double interceptStandardError,
                          double slopeStandardError, double residualStandardError, double rSquared, int n) {

    /**
     * The line's value at {@code x}, e.g. the usage expected in 90 days for a trend fitted on days.
     *
     * @param x the point, in the unit the line was fitted on
     * @return {@code intercept + slope·x}
     */
    public double predict(double x) {
        return intercept + slope * x;
    }

    /**
     * Confidence interval of the slope, from Student's t with n − 2 degrees of freedom.
     *
     * @param level coverage as a fraction in (0, 1), e.g. 0.95
     * @return the interval around {@link #slope()}
     * @throws org.itm.core.ItmValidationException if {@code level} is not in (0, 1) (95 is reported as looking like
     *         a percentage) or the trend is Theil-Sen, which has no standard errors
     */
    public ConfidenceInterval slopeConfidenceInterval(double level) {
        return interval(slope, slopeStandardError, level);
    }

    /**
     * Confidence interval of the intercept, from Student's t with n − 2 degrees of freedom.
     *
     * @param level coverage as a fraction in (0, 1), e.g. 0.95
     * @return the interval around {@link #intercept()}
     * @throws org.itm.core.ItmValidationException if {@code level} is not in (0, 1) or the trend is Theil-Sen
     */
    public ConfidenceInterval interceptConfidenceInterval(double level) {
        return interval(intercept, interceptStandardError, level);
    }

    /**
     * Two-sided p-value of "the slope is zero": below 0.05, the trend is unlikely to be noise.
     *
     * @return the p-value in [0, 1]
     * @throws org.itm.core.ItmValidationException if the trend is Theil-Sen, which has no standard errors
     */
    public double slopePValue() {
        requireStandardErrors();
        double t = Math.abs(slope / slopeStandardError);
        return 2 * (1 - StudentT.cdf(t, n - 2));
    }

    private ConfidenceInterval interval(double estimate, double se, double level) {
        Checks.level(level, "level");
        requireStandardErrors();
        double q = StudentT.quantile(0.5 + level / 2, n - 2);
        return new ConfidenceInterval(level, estimate, estimate - q * se, estimate + q * se);
    }

    private void requireStandardErrors() {
        Checks.require(!Double.isNaN(slopeStandardError), "method",
                method + " has no standard errors; use the least-squares trend for confidence intervals");
    }
}
