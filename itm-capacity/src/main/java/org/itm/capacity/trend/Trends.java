package org.itm.capacity.trend;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.itm.capacity.series.Observation;
import org.itm.capacity.series.TimeSeries;
import org.itm.core.validation.Checks;

/**
 * Straight-line trends: ordinary least squares with standard errors, and the Theil–Sen estimator (median of
 * pairwise slopes), which ignores up to 29 % of arbitrary outliers such as a one-off backup spike.
 *
 * @since 0.1
 */
public final class Trends {

    /** Above this many points Theil–Sen uses a fixed-seed sample of pairs instead of all n(n−1)/2. */
    static final int EXACT_THEIL_SEN_LIMIT = 3000;
    private static final int SAMPLED_PAIRS = 4_000_000;

    private Trends() {
    }

    /**
     * Least-squares line through {@code (x[i], y[i])}, with standard errors for confidence intervals.
     *
     * @param x the abscissae, finite and not all equal
     * @param y the values, finite, as many as {@code x}; at least 3 points
     * @return the fitted line
     * @throws org.itm.core.ItmValidationException if an array is null, they differ in length, there are fewer
     *         than 3 points, a value is not finite, or every {@code x} is equal
     */
    public static LinearTrend leastSquares(double[] x, double[] y) {
        check(x, y, 3);
        int n = x.length;
        double mx = mean(x);
        double my = mean(y);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        Checks.require(sxx > 0, "x", "must not all be equal");
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - intercept - slope * x[i];
            rss += r * r;
        }
        double s2 = rss / (n - 2);
        double seSlope = Math.sqrt(s2 / sxx);
        double seIntercept = Math.sqrt(s2 * (1.0 / n + mx * mx / sxx));
        double r2 = syy == 0 ? 1 : 1 - rss / syy;
        return new LinearTrend("least squares", intercept, slope, seIntercept, seSlope, Math.sqrt(s2), r2, n);
    }

    /**
     * Least-squares trend of a series with {@code x} in days since its first observation, so the slope is per
     * day.
     *
     * @param series the series; at least 3 observations
     * @return the fitted line
     * @throws org.itm.core.ItmValidationException if {@code series} is null or has fewer than 3 observations
     */
    public static LinearTrend leastSquares(TimeSeries series) {
        Checks.notNull(series, "series");
        return leastSquares(days(series), series.values());
    }

    /**
     * Theil–Sen line: median pairwise slope, intercept the median of {@code y − slope·x}. Above 3000 points the
     * slope is the median of 4 million pairs drawn with a fixed seed, so results are repeatable.
     *
     * @param x the abscissae, finite and not all equal
     * @param y the values, finite, as many as {@code x}; at least 3 points
     * @return the fitted line, without standard errors ({@code NaN})
     * @throws org.itm.core.ItmValidationException if an array is null, they differ in length, there are fewer
     *         than 3 points, a value is not finite, or every {@code x} is equal
     */
    public static LinearTrend theilSen(double[] x, double[] y) {
        check(x, y, 3);
        int n = x.length;
        double[] slopes;
        if (n <= EXACT_THEIL_SEN_LIMIT) {
            slopes = new double[n * (n - 1) / 2];
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (x[j] != x[i]) {
                        slopes[k++] = (y[j] - y[i]) / (x[j] - x[i]);
                    }
                }
            }
            slopes = Arrays.copyOf(slopes, k);
        } else {
            SplittableRandom random = new SplittableRandom(7);
            slopes = new double[SAMPLED_PAIRS];
            int k = 0;
            while (k < SAMPLED_PAIRS) {
                int i = random.nextInt(n);
                int j = random.nextInt(n);
                if (x[i] != x[j]) {
                    slopes[k++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
        }
        Checks.require(slopes.length > 0, "x", "must not all be equal");
        double slope = median(slopes);
        double[] intercepts = new double[n];
        for (int i = 0; i < n; i++) {
            intercepts[i] = y[i] - slope * x[i];
        }
        double intercept = median(intercepts);
        double my = mean(y);
        double rss = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - intercept - slope * x[i];
            rss += r * r;
            syy += (y[i] - my) * (y[i] - my);
        }
        return new LinearTrend("Theil-Sen", intercept, slope, Double.NaN, Double.NaN, Math.sqrt(rss / (n - 2)),
                syy == 0 ? 1 : 1 - rss / syy, n);
    }

    /**
     * Theil–Sen trend of a series with {@code x} in days since its first observation, so the slope is per day.
     *
     * @param series the series; at least 3 observations
     * @return the fitted line, without standard errors
     * @throws org.itm.core.ItmValidationException if {@code series} is null or has fewer than 3 observations
     */
    public static LinearTrend theilSen(TimeSeries series) {
        Checks.notNull(series, "series");
        return theilSen(days(series), series.values());
    }

    /**
     * Days since the first observation, for each observation: the {@code x} the series overloads fit on.
     *
     * @param series the series; not empty
     * @return one value per observation, the first 0, with fractions of a day
     * @throws org.itm.core.ItmValidationException if {@code series} is empty
     */
    public static double[] days(TimeSeries series) {
        Checks.require(!series.isEmpty(), "series", "must not be empty");
        Instant t0 = series.first().orElseThrow().at();
        return series.observations().stream().map(Observation::at)
                .mapToDouble(t -> Duration.between(t0, t).toNanos() / 86_400e9).toArray();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    private static void check(double[] x, double[] y, int min) {
        Checks.notNull(x, "x");
        Checks.notNull(y, "y");
        Checks.require(x.length == y.length, "y", "must have as many values as x (" + x.length + "), had " + y.length);
        Checks.require(x.length >= min, "x", "needs at least " + min + " points, had " + x.length);
        for (int i = 0; i < x.length; i++) {
            Checks.finite(x[i], "x[" + i + "]");
            Checks.finite(y[i], "y[" + i + "]");
        }
    }
}
