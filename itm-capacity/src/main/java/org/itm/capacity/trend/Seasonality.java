package org.itm.capacity.trend;

import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * Seasonal period detection by autocorrelation: the series is detrended with a least-squares line, and the
 * period is the first lag at which the autocorrelation function has a local peak above both 0.2 and the 95 %
 * white-noise bound {@code 1.96/√n}, provided no later peak within the search range is markedly (10 %) higher
 * (so a weak half-period echo does not win over the true cycle).
 *
 * @since 0.1
 */
public final class Seasonality {

    private Seasonality() {
    }

    /**
     * Sample autocorrelations for lags 0 to {@code maxLag} (the biased estimator R's {@code acf()} uses).
     *
     * @param y      the values in time order
     * @param maxLag the largest lag, from 1 to {@code y.length − 1}
     * @return {@code maxLag + 1} values, the first 1 (or 0 for a constant series), each in [−1, 1]
     * @throws org.itm.core.ItmValidationException if {@code y} is null or {@code maxLag} is out of range
     */
    public static double[] autocorrelation(double[] y, int maxLag) {
        Checks.notNull(y, "y");
        Checks.require(maxLag >= 1 && maxLag < y.length, "maxLag",
                "must be between 1 and n − 1 (" + (y.length - 1) + "), was " + maxLag);
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double c0 = 0;
        for (double v : y) {
            c0 += (v - mean) * (v - mean);
        }
        double[] acf = new double[maxLag + 1];
        for (int k = 0; k <= maxLag; k++) {
            double c = 0;
            for (int t = k; t < n; t++) {
                c += (y[t] - mean) * (y[t - k] - mean);
            }
            acf[k] = c0 == 0 ? 0 : c / c0;
        }
        return acf;
    }

    /**
     * The dominant seasonal period, if there is one: daily data with a weekly cycle gives 7.
     *
     * @param y         the regularly spaced values in time order, at least 8
     * @param maxPeriod the longest period to look for, at least 2; periods of half the length or more are not
     *                  searched
     * @return the period with its autocorrelation and the threshold it beat, or empty when no lag stands out
     * @throws org.itm.core.ItmValidationException if {@code y} is null or has fewer than 8 values, or
     *         {@code maxPeriod} is below 2
     */
    public static Optional<PeriodEstimate> detectPeriod(double[] y, int maxPeriod) {
        Checks.notNull(y, "y");
        Checks.require(y.length >= 8, "y", "needs at least 8 values, had " + y.length);
        Checks.require(maxPeriod >= 2, "maxPeriod", "must be at least 2, was " + maxPeriod);
        int n = y.length;
        int maxLag = Math.min(maxPeriod + 1, n / 2);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        LinearTrend line = Trends.leastSquares(x, y);
        double[] detrended = new double[n];
        for (int i = 0; i < n; i++) {
            detrended[i] = y[i] - line.predict(i);
        }
        double[] acf = autocorrelation(detrended, maxLag);
        double threshold = Math.max(0.2, 1.96 / Math.sqrt(n));
        int bestLag = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 2; k < maxLag; k++) {
            boolean peak = acf[k] > acf[k - 1] && acf[k] >= acf[k + 1] && acf[k] > threshold;
            if (peak && (bestLag < 0 || acf[k] > bestValue * 1.1)) {
                bestLag = k;
                bestValue = acf[k];
            }
        }
        return bestLag < 0 ? Optional.empty() : Optional.of(new PeriodEstimate(bestLag, bestValue, threshold));
    }
}
