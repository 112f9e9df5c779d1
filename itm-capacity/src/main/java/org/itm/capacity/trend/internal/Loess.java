package org.itm.capacity.trend.internal;

import org.jspecify.annotations.Nullable;

/**
 * Locally weighted regression (degree 0 or 1, tricube neighbourhood weights times optional robustness weights)
 * evaluated at arbitrary positions of an equally spaced series; the building block of STL.
 *
 * <p>Kept rather than Hipparchus' {@code LoessInterpolator}: STL smooths the cycle-subseries with degree 0 and
 * evaluates them one position beyond each end of the data, while that interpolator fits degree 1 only and only
 * at the data's own abscissae.
 */
public final class Loess {

    private Loess() {
    }

    /**
     * The smoothed value at position {@code x} of {@code y} (positions 0..n−1), using the {@code span} nearest
     * points. Returns {@code NaN} when every weight is zero.
     */
    public static double at(double[] y, double @Nullable [] robustness, double x, int span, int degree) {
        int n = y.length;
        int q = Math.min(span, n);
        // the window of q nearest positions around x, clamped to the series
        int left = (int) Math.max(0, Math.min(n - q, Math.round(x - (q - 1) / 2.0)));
        int right = left + q - 1;
        double maxDist = Math.max(x - left, right - x);
        if (span > n) {
            maxDist += (span - n) / 2.0;
        }
        double h = Math.max(maxDist, 0.5) * 1.000001;
        double sw = 0;
        double swx = 0;
        double swy = 0;
        double swxx = 0;
        double swxy = 0;
        for (int i = left; i <= right; i++) {
            double r = Math.abs(i - x) / h;
            if (r >= 1) {
                continue;
            }
            double t = 1 - r * r * r;
            double w = t * t * t * (robustness == null ? 1 : robustness[i]);
            sw += w;
            swx += w * i;
            swy += w * y[i];
            swxx += w * i * i;
            swxy += w * i * y[i];
        }
        if (sw <= 0) {
            return Double.NaN;
        }
        double mx = swx / sw;
        double my = swy / sw;
        if (degree == 0) {
            return my;
        }
        double var = swxx / sw - mx * mx;
        if (var <= 1e-12 * Math.max(1, mx * mx)) {
            return my;
        }
        double slope = (swxy / sw - mx * my) / var;
        return my + slope * (x - mx);
    }
}
