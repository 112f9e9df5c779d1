package org.itm.capacity.trend;

/**
 * A seasonal period found in the data by {@link Seasonality#detectPeriod}; pass {@link #period()} to
 * {@link Stl}, {@link SeasonalDecomposition} or a seasonal forecaster.
 *
 * @param period          the period in observations (e.g. 12 for monthly data with a yearly cycle)
 * @param autocorrelation the detrended series' autocorrelation at that lag
 * @param threshold       the value it had to exceed (the larger of 0.2 and the 95 % white-noise bound)
 * @since 0.1
 */
public record PeriodEstimate(int period, double autocorrelation, double threshold) {
}
