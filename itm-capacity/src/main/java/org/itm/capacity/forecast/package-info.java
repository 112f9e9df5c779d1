/**
 * Forecasting: the expected next values of a usage or demand series, with prediction intervals that say how sure
 * the forecast is, and measures of how well a method would have done.
 *
 * <p>The entry point is {@link org.itm.capacity.forecast.Forecaster}:
 * {@link org.itm.capacity.forecast.Forecaster#autoEts Forecaster.autoEts} picks the exponential smoothing (ETS)
 * model with the lowest AICc, refitted on each call;
 * {@link org.itm.capacity.forecast.Forecaster#seasonalNaive Forecaster.seasonalNaive} is the benchmark to beat;
 * implement the interface to plug in another method. A {@link org.itm.capacity.forecast.Forecast} holds the point
 * forecasts and {@link org.itm.capacity.forecast.PredictionInterval}s, and
 * {@link org.itm.capacity.forecast.Forecast#points Forecast.points} places them on the series' calendar.
 * {@link org.itm.capacity.forecast.Ets} fits and selects models directly and explains its choice
 * ({@link org.itm.capacity.forecast.EtsSelection}); {@link org.itm.capacity.forecast.Accuracy} and
 * {@link org.itm.capacity.forecast.Backtest} score forecasts against what happened;
 * {@link org.itm.capacity.forecast.HoltWinters} reproduces classic Holt-Winters fits.
 *
 * <p>Levels are fractions: interval levels are given in (0, 1), e.g. {@code 0.95}; a value such as {@code 95} is
 * rejected with an {@link org.itm.core.ItmValidationException} that says it looks like a percentage.
 *
 * <pre>{@code
 * import org.itm.capacity.series.TimeSeries;
 * import org.itm.capacity.series.Unit;
 *
 * double[] tickets = new double[48];               // four years of monthly tickets, 30 % fewer each December
 * for (int m = 0; m < tickets.length; m++) {
 *     tickets[m] = (1000 + 10 * m) * (m % 12 == 11 ? 0.7 : 1.0) + (m * 37 % 11 - 5) * 8;
 * }
 * TimeSeries history = TimeSeries.regular("tickets", Unit.NONE, Instant.parse("2023-01-01T00:00:00Z"),
 *         Period.ofMonths(1), tickets);
 *
 * EtsSelection selection = Ets.auto(tickets, 12);
 * // "ETS(M,A,M) has the lowest AICc (513.48) of 15 models; runner-up ETS(A,A,A) at 517.46"
 * Forecast next = selection.best().forecast(12);                      // 80 % and 95 % intervals
 * List<ForecastPoint> points = next.points(history, 0.95);            // first at 2027-01-01, about 1489 (1400 to 1576)
 *
 * BacktestResult ets = Backtest.rollingOrigin(tickets, Forecaster.autoEts(12), 36, 6, 3, 12);
 * BacktestResult naive = Backtest.rollingOrigin(tickets, Forecaster.seasonalNaive(12), 36, 6, 3, 12);
 * // MASE over three folds: about 0.26 for ETS against 0.92 for seasonal naive
 * }</pre>
 */
@NullMarked
package org.itm.capacity.forecast;

import org.jspecify.annotations.NullMarked;
