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
 */
public record TrendTest(int n, long s, double z, double pValue, double slope, double alpha, Trend trend) {

    public TrendTest {
        Checks.require(n >= 3, "n", "needs at least 3 values, was " + n);
        Checks.fraction(pValue, "pValue");
        Checks.require(alpha > 0 && alpha < 1, "alpha", "must be between 0 and 1 exclusive");
        Checks.notNull(trend, "trend");
    }

    /** Tests a series of KPI values in window order at significance level {@code alpha} (e.g. 0.05). */
    public static TrendTest mannKendall(List<KpiResult> series, double alpha) {
        Checks.notNull(series, "series");
        return mannKendall(series.stream().mapToDouble(KpiResult::value).toArray(), alpha);
    }

    /**
     * Tests {@code values} (in time order, at least 3, finite) at significance level {@code alpha}.
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

    /** True when a trend is significant at {@link #alpha()}. */
    public boolean significant() {
        return trend != Trend.NO_TREND;
    }
}
