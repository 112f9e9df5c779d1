package org.itm.capacity.trend;

/**
 * The result of {@link Stl}: trend, seasonal and remainder components of the same length as the input, and the
 * robustness weight of each observation (near 0 for outliers, 1 when not robust).
 *
 * @since 0.1
 */
public final class StlDecomposition {

    private final int period;
    private final double[] trend;
    private final double[] seasonal;
    private final double[] remainder;
    private final double[] weights;

    StlDecomposition(int period, double[] trend, double[] seasonal, double[] remainder, double[] weights) {
        this.period = period;
        this.trend = trend;
        this.seasonal = seasonal;
        this.remainder = remainder;
        this.weights = weights;
    }

    /**
     * The seasonal period the series was decomposed with.
     *
     * @return observations per cycle
     */
    public int period() {
        return period;
    }

    /**
     * The trend component.
     *
     * @return one value per observation (a fresh array)
     */
    public double[] trend() {
        return trend.clone();
    }

    /**
     * The seasonal component, which may change slowly from cycle to cycle.
     *
     * @return one value per observation (a fresh array)
     */
    public double[] seasonal() {
        return seasonal.clone();
    }

    /**
     * What trend and season do not explain: {@code y − trend − seasonal}; outliers show up here.
     *
     * @return one value per observation (a fresh array)
     */
    public double[] remainder() {
        return remainder.clone();
    }

    /**
     * The weight each observation had in the robust fit.
     *
     * @return one weight in [0, 1] per observation (a fresh array): near 0 for outliers, all 1 when not robust
     */
    public double[] robustnessWeights() {
        return weights.clone();
    }

    /**
     * Strength of seasonality in [0, 1] (Wang, Smith &amp; Hyndman 2006):
     * {@code max(0, 1 − var(remainder) / var(seasonal + remainder))}. Near 0 the season is lost in the noise;
     * near 1 it dominates what is left once the trend is removed.
     *
     * @return the strength in [0, 1]; 0 when season and remainder are both constant
     */
    public double seasonalStrength() {
        double[] sr = new double[seasonal.length];
        for (int i = 0; i < sr.length; i++) {
            sr[i] = seasonal[i] + remainder[i];
        }
        double v = variance(sr);
        return v == 0 ? 0 : Math.max(0, 1 - variance(remainder) / v);
    }

    private static double variance(double[] v) {
        double m = 0;
        for (double d : v) {
            m += d / v.length;
        }
        double s = 0;
        for (double d : v) {
            s += (d - m) * (d - m);
        }
        return s / Math.max(1, v.length - 1);
    }
}
