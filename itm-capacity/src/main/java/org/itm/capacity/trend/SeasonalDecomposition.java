package org.itm.capacity.trend;

import org.itm.capacity.internal.Decomposition;
import org.itm.core.validation.Checks;

/**
 * Classical seasonal-trend decomposition: trend by a centred moving average over one period, the seasonal figure
 * as the average detrended value of each position in the period, the remainder what is left. Additive:
 * {@code y = trend + seasonal + remainder}; multiplicative: {@code y = trend × seasonal × remainder}. Trend and
 * remainder are {@code NaN} for the half period at each end where the moving average is undefined.
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

    /** Decomposes {@code y} with seasonal {@code period}; needs at least two full periods. */
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

    public int period() {
        return period;
    }

    public boolean multiplicative() {
        return multiplicative;
    }

    public double[] trend() {
        return trend.clone();
    }

    public double[] seasonal() {
        return seasonal.clone();
    }

    public double[] remainder() {
        return remainder.clone();
    }

    /** One seasonal value per position of the period, position 0 being the first observation's. */
    public double[] figure() {
        return figure.clone();
    }

    /** The series with the seasonal component removed. */
    public double[] seasonallyAdjusted(double[] y) {
        Checks.require(y.length == seasonal.length, "y", "must be the decomposed series");
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = multiplicative ? y[i] / seasonal[i] : y[i] - seasonal[i];
        }
        return out;
    }
}
