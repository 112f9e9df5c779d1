package org.itm.capacity.trend;

import java.util.Arrays;
import org.itm.capacity.trend.internal.Loess;
import org.itm.core.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Seasonal-trend decomposition by loess (STL, Cleveland et al. 1990): the seasonal component may change slowly
 * from cycle to cycle, and the robust variant keeps outliers (a one-off incident) out of trend and season.
 * Additive: {@code y = trend + seasonal + remainder}; decompose the logarithm for multiplicative data.
 *
 * <p>Spans follow the paper's defaults: seasonal span {@code seasonalSpan} (odd, at least 7), low-pass span the
 * smallest odd number at least the period, trend span the smallest odd number at least
 * {@code 1.5·period / (1 − 1.5/seasonalSpan)}. The seasonal smoother is locally constant, the others locally
 * linear; 2 inner passes, and 15 robustness passes when robust (1 inner pass each), as R's {@code stl()}.
 *
 * @since 0.1
 */
public final class Stl {

    private Stl() {
    }

    /**
     * Decomposes {@code y} with seasonal {@code period}.
     *
     * @param y            the regularly spaced values; finite, at least two full periods
     * @param period       observations per seasonal cycle, at least 2
     * @param seasonalSpan cycles the seasonal smoother spans, odd and at least 7: small lets the season change
     *                     quickly, large keeps it nearly fixed
     * @param robust       {@code true} to down-weight outliers (15 robustness passes)
     * @return trend, seasonal and remainder components and the robustness weights
     * @throws org.itm.core.ItmValidationException if {@code y} is null, too short or has a non-finite value,
     *         {@code period} is below 2, or {@code seasonalSpan} is even or below 7
     */
    public static StlDecomposition decompose(double[] y, int period, int seasonalSpan, boolean robust) {
        Checks.notNull(y, "y");
        Checks.require(period >= 2, "period", "must be at least 2, was " + period);
        Checks.require(y.length >= 2 * period, "y", "needs at least two periods (" + 2 * period + "), had " + y.length);
        Checks.require(seasonalSpan >= 7 && seasonalSpan % 2 == 1, "seasonalSpan",
                "must be odd and at least 7, was " + seasonalSpan);
        for (int i = 0; i < y.length; i++) {
            Checks.finite(y[i], "y[" + i + "]");
        }
        int n = y.length;
        int lowPassSpan = odd(period);
        int trendSpan = odd((int) Math.ceil(1.5 * period / (1 - 1.5 / seasonalSpan)));
        int inner = robust ? 1 : 2;
        int outer = robust ? 15 : 0;
        double[] trend = new double[n];
        double[] seasonal = new double[n];
        double[] weights = null;
        for (int o = 0; o <= outer; o++) {
            for (int i = 0; i < inner; i++) {
                innerLoop(y, period, seasonalSpan, lowPassSpan, trendSpan, weights, trend, seasonal);
            }
            if (o < outer) {
                weights = robustnessWeights(y, trend, seasonal);
            }
        }
        double[] remainder = new double[n];
        for (int i = 0; i < n; i++) {
            remainder[i] = y[i] - trend[i] - seasonal[i];
        }
        return new StlDecomposition(period, trend, seasonal, remainder,
                weights == null ? filled(n) : weights);
    }

    /**
     * Decomposes with the usual seasonal span for a fairly stable season (13 cycles) and the robust variant.
     *
     * @param y      the regularly spaced values; finite, at least two full periods
     * @param period observations per seasonal cycle, at least 2
     * @return trend, seasonal and remainder components and the robustness weights
     * @throws org.itm.core.ItmValidationException as {@link #decompose(double[], int, int, boolean)} does
     */
    public static StlDecomposition decompose(double[] y, int period) {
        return decompose(y, period, 13, true);
    }

    private static void innerLoop(double[] y, int np, int ns, int nl, int nt, double @Nullable [] w,
                                  double[] trend, double[] seasonal) {
        int n = y.length;
        double[] detrended = new double[n];
        for (int i = 0; i < n; i++) {
            detrended[i] = y[i] - trend[i];
        }
        // cycle-subseries smoothing, extended by one cycle at each end
        double[] c = new double[n + 2 * np];
        for (int k = 0; k < np; k++) {
            int len = (n - k + np - 1) / np;
            double[] sub = new double[len];
            double[] subW = w == null ? null : new double[len];
            for (int j = 0; j < len; j++) {
                sub[j] = detrended[k + j * np];
                if (w != null && subW != null) {
                    subW[j] = w[k + j * np];
                }
            }
            for (int j = -1; j <= len; j++) {
                double v = Loess.at(sub, subW, j, ns, 0);
                if (Double.isNaN(v)) {
                    v = j >= 0 && j < len ? sub[j] : 0;
                }
                c[np + k + j * np] = v;
            }
        }
        // low-pass: moving averages of np, np and 3, then loess
        double[] l1 = movingAverage(c, np);
        double[] l2 = movingAverage(l1, np);
        double[] l3 = movingAverage(l2, 3);
        double[] low = new double[n];
        for (int i = 0; i < n; i++) {
            low[i] = Loess.at(l3, null, i, nl, 1);
        }
        for (int i = 0; i < n; i++) {
            seasonal[i] = c[np + i] - low[i];
        }
        double[] deseasonalised = new double[n];
        for (int i = 0; i < n; i++) {
            deseasonalised[i] = y[i] - seasonal[i];
        }
        for (int i = 0; i < n; i++) {
            double v = Loess.at(deseasonalised, w, i, nt, 1);
            trend[i] = Double.isNaN(v) ? deseasonalised[i] : v;
        }
    }

    private static double[] robustnessWeights(double[] y, double[] trend, double[] seasonal) {
        int n = y.length;
        double[] abs = new double[n];
        for (int i = 0; i < n; i++) {
            abs[i] = Math.abs(y[i] - trend[i] - seasonal[i]);
        }
        double[] sorted = abs.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double h = 6 * median;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double u = h == 0 ? 0 : abs[i] / h;
            w[i] = u < 1 ? (1 - u * u) * (1 - u * u) : 0;
        }
        return w;
    }

    private static double[] movingAverage(double[] v, int len) {
        double[] out = new double[v.length - len + 1];
        double s = 0;
        for (int i = 0; i < len; i++) {
            s += v[i];
        }
        out[0] = s / len;
        for (int i = 1; i < out.length; i++) {
            s += v[i + len - 1] - v[i - 1];
            out[i] = s / len;
        }
        return out;
    }

    private static int odd(int v) {
        return v % 2 == 0 ? v + 1 : v;
    }

    private static double[] filled(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }
}
