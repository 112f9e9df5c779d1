package org.itm.capacity.forecast;

/**
 * One origin of a rolling-origin backtest ({@link Backtest#rollingOrigin}).
 *
 * @param origin   number of observations used for training (the forecast starts at index {@code origin})
 * @param method   the method that produced the forecast
 * @param accuracy how well it forecast the following horizon
 * @since 0.1
 */
public record BacktestFold(int origin, String method, AccuracyReport accuracy) {
}
