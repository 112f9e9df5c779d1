package org.itm.capacity.trend;

import org.itm.capacity.internal.Decomposition;
import org.itm.core.validation.Checks;

/**
 * Classical seasonal-trend decomposition: trend by a centred moving average over one period, the seasonal figure
 * as the average detrended value of each position in the period, the remainder what is left. Additive:
 * {@code y = trend + seasonal + remainder}; multiplicative: {@code y = trend × seasonal × remainder}. Trend and
 * remainder are {@code NaN} for the half period at each end where the moving average is undefined.
 *
 * @since 0.1
 */
public final class SeasonalDecomposition {

    private final int period;
    private final boolean multiplicative;
    private final double[] trend;
    private final double[] seasonal;
    private final double[] remainder;
    private final double[] figure;

    private SeasonalDecomposition(int period, boolean multiplicative, double[] trend, double[] seasonal,
                                  double[] remainder, double[] figure) {
        this.period = period;
        this.multiplicative = multiplicative;
        this.trend = trend;
        this.seasonal = seasonal;
        this.remainder = remainder;
        this.figure = figure;
    }

    /**
     * Decomposes {@code y} with seasonal {@code period}.
     *
     * @param y              the regularly spaced values; finite, and positive when multiplicative
     * @param period         observations per seasonal cycle, at least 2 (12 for monthly data with a yearly cycle)
     * @param multiplicative {@code true} when the seasonal swing grows with the level ({@code y = T × S × R}),
     *                       {@code false} when it stays the same size ({@code y = T + S + R})
     * @return the decomposition
     * @throws org.itm.core.ItmValidationException if {@code y} is null, has fewer than two full periods or a
     *         non-finite value (or a value not above zero when multiplicative), or {@code period} is below 2
     */
    public static SeasonalDecomposition classical(double[] y, int period, boolean multiplicative) {
        Checks.notNull(y, "y");
        Checks.require(period >= 2, "period", "must be at least 2, was " + period);
        Checks.require(y.length >= 2 * period, "y", "needs at least two periods (" + 2 * period + "), had " + y.length);
        for (int i = 0; i < y.length; i++) {
            Checks.finite(y[i], "y[" + i + "]");
            if (multiplicative) {
                Checks.require(y[i] > 0, "y[" + i + "]", "must be positive for a multiplicative decomposition");
            }
        }
        double[] trend = Decomposition.centredMovingAverage(y, period);
        double[] figure = Decomposition.seasonalFigure(y, trend, period, multiplicative);
        double[] seasonal = new double[y.length];
        double[] remainder = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            seasonal[i] = figure[i % period];
            remainder[i] = multiplicative ? y[i] / (trend[i] * seasonal[i]) : y[i] - trend[i] - seasonal[i];
        }
        return new SeasonalDecomposition(period, multiplicative, trend, seasonal, remainder, figure);
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
     * Whether the components multiply rather than add.
     *
     * @return {@code true} for {@code y = trend × seasonal × remainder}
     */
    public boolean multiplicative() {
        return multiplicative;
    }

    /**
     * The trend, a centred moving average over one period.
     *
     * @return one value per observation (a fresh array); {@code NaN} for the half period at each end
     */
    public double[] trend() {
        return trend.clone();
    }

    /**
     * The seasonal component, {@link #figure()} repeated over the series.
     *
     * @return one value per observation (a fresh array); around 0 when additive, around 1 when multiplicative
     */
    public double[] seasonal() {
        return seasonal.clone();
    }

    /**
     * What trend and season do not explain.
     *
     * @return one value per observation (a fresh array); {@code NaN} where the trend is
     */
    public double[] remainder() {
        return remainder.clone();
    }

    /**
     * One seasonal value per position of the period, position 0 being the first observation's.
     *
     * @return {@link #period()} values (a fresh array)
     */
    public double[] figure() {
        return figure.clone();
    }

    /**
     * The series with the seasonal component removed, to read the trend without the season's ups and downs.
     *
     * @param y the series that was decomposed (same length)
     * @return {@code y − seasonal} when additive, {@code y / seasonal} when multiplicative
     * @throws org.itm.core.ItmValidationException if {@code y} does not have the decomposed series' length
     */
    public double[] seasonallyAdjusted(double[] y) {
        Checks.require(y.length == seasonal.length, "y", "must be the decomposed series");
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = multiplicative ? y[i] / seasonal[i] : y[i] - seasonal[i];
        }
        return out;
    }
}
