package org.itm.metrics.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.KpiResult;

/**
 * Mann-Kendall test for a monotonic trend in a KPI series, with Sen's slope as the trend's size. Non-parametric:
 * no assumption of normality or linearity, robust to outliers, which suits short and noisy monthly KPI series.
 *
 * @param n       number of values
 * @param s       Mann-Kendall statistic: concordant minus discordant pairs
 * @param z       normal approximation of {@code s} (with continuity and tie correction)
 * @param pValue  two-sided p-value
 * @param slope   Sen's slope: median of pairwise slopes, per step of the series
 * @param alpha   the significance level used
 * @param trend   INCREASING or DECREASING when {@code pValue < alpha}, else NO_TREND
 * @since 0.1
 */
public record TrendTest(int n, long s, double z, double pValue, double slope, double alpha, Trend trend) {

    /**
     * A test result as computed by {@link #mannKendall(double[], double)}; prefer the factories.
     *
     * @param n       number of values, at least 3
     * @param s       Mann-Kendall statistic
     * @param z       normal approximation of {@code s}
     * @param pValue  two-sided p-value, 0 to 1
     * @param slope   Sen's slope per step
     * @param alpha   the significance level, strictly between 0 and 1
     * @param trend   the conclusion
     * @throws org.itm.core.ItmValidationException if a value is out of range or {@code trend} is null
     */
    public TrendTest {
        Checks.require(n >= 3, "n", "needs at least 3 values, was " + n);
        Checks.fraction(pValue, "pValue");
        Checks.require(alpha > 0 && alpha < 1, "alpha", "must be between 0 and 1 exclusive");
        Checks.notNull(trend, "trend");
    }

    /**
     * Tests whether a KPI is really trending or just noisy, over a series from
     * {@link org.itm.metrics.kpi.KpiResults#series}.
     *
     * @param series one group's values in window order, at least 3
     * @param alpha the significance level, strictly between 0 and 1, e.g. 0.05
     * @return the test, with Sen's slope per window
     * @throws org.itm.core.ItmValidationException if the series has fewer than 3 values or {@code alpha} is out of
     *         range
     */
    public static TrendTest mannKendall(List<KpiResult> series, double alpha) {
        Checks.notNull(series, "series");
        return mannKendall(series.stream().mapToDouble(KpiResult::value).toArray(), alpha);
    }

    /**
     * Tests values in time order for a monotonic trend.
     *
     * @param values the series in time order, at least 3, all finite
     * @param alpha the significance level, strictly between 0 and 1, e.g. 0.05
     * @return the test, with Sen's slope per step
     * @throws org.itm.core.ItmValidationException naming the first value that is not finite, or if there are fewer
     *         than 3 values or {@code alpha} is out of range
     */
    public static TrendTest mannKendall(double[] values, double alpha) {
        Checks.notNull(values, "values");
        int n = values.length;
        Checks.require(n >= 3, "values", "needs at least 3 values, was " + n);
        for (int i = 0; i < n; i++) {
            Checks.finite(values[i], "values[" + i + "]");
        }
        long s = 0;
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                s += Long.signum(Double.compare(values[j], values[i]) == 0 ? 0
                        : values[j] > values[i] ? 1 : -1);
                slopes[k++] = (values[j] - values[i]) / (j - i);
            }
        }
        Map<Double, Integer> ties = new HashMap<>();
        for (double v : values) {
            ties.merge(v, 1, Integer::sum);
        }
        double tieTerm = 0;
        for (int t : ties.values()) {
            tieTerm += (double) t * (t - 1) * (2 * t + 5);
        }
        double variance = ((double) n * (n - 1) * (2 * n + 5) - tieTerm) / 18.0;
        double z = variance == 0 ? 0 : s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance)
                : 0;
        double p = Math.min(1.0, 2 * (1 - Normal.cdf(Math.abs(z))));
        Arrays.sort(slopes);
        double slope = slopes.length % 2 == 1 ? slopes[slopes.length / 2]
                : (slopes[slopes.length / 2 - 1] + slopes[slopes.length / 2]) / 2;
        Trend trend = p < alpha ? (s > 0 ? Trend.INCREASING : Trend.DECREASING) : Trend.NO_TREND;
        return new TrendTest(n, s, z, p, slope, alpha, trend);
    }

    /**
     * Whether the series trends, to decide if a movement deserves attention.
     *
     * @return true when a trend is significant at {@link #alpha()}
     */
    public boolean significant() {
        return trend != Trend.NO_TREND;
    }
}
