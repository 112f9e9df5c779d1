package org.itm.capacity.internal;

import java.util.Arrays;

/**
 * Classical moving-average decomposition, used to start the smoothing recursions from sensible states and by
 * the trend package. Results are arrays of the input's length with {@code NaN} where the centred moving average
 * is undefined (half a period at each end). These are the few lines of R's {@code decompose()} start-up; no
 * numerics library offers them in this form, so they stay here.
 */
public final class Decomposition {

    private Decomposition() {
    }

    /** Centred moving average of order {@code m} (a 2×m average for even {@code m}). */
    public static double[] centredMovingAverage(double[] y, int m) {
        int n = y.length;
        double[] t = new double[n];
        Arrays.fill(t, Double.NaN);
        int half = m / 2;
        for (int i = half; i < n - half; i++) {
            double s = 0;
            if (m % 2 == 0) {
                s += 0.5 * y[i - half] + 0.5 * y[i + half];
                for (int j = i - half + 1; j <= i + half - 1; j++) {
                    s += y[j];
                }
            } else {
                for (int j = i - half; j <= i + half; j++) {
                    s += y[j];
                }
            }
            t[i] = s / m;
        }
        return t;
    }

    /**
     * The seasonal figure (one value per position of the period, position 0 being the first observation's),
     * centred to mean 0 (additive) or normalised to mean 1 (multiplicative).
     */
    public static double[] seasonalFigure(double[] y, double[] trend, int m, boolean multiplicative) {
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(trend[i])) {
                sum[i % m] += multiplicative ? y[i] / trend[i] : y[i] - trend[i];
                count[i % m]++;
            }
        }
        double[] fig = new double[m];
        double mean = 0;
        for (int j = 0; j < m; j++) {
            fig[j] = count[j] == 0 ? (multiplicative ? 1 : 0) : sum[j] / count[j];
            mean += fig[j] / m;
        }
        for (int j = 0; j < m; j++) {
            fig[j] = multiplicative ? fig[j] / mean : fig[j] - mean;
        }
        return fig;
    }

    /** Least-squares intercept (at x = 0) and slope of {@code y[i]} against {@code x = start, start+1, ...}. */
    public static double[] line(double[] y, int from, int to, double xStart) {
        int n = to - from;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += (xStart + i) / n;
            my += y[from + i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = xStart + i - mx;
            sxy += dx * (y[from + i] - my);
            sxx += dx * dx;
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {my - slope * mx, slope};
    }
}
