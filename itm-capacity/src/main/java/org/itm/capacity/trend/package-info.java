/**
 * Trends: how fast usage grows, whether the growth is real, which cycle it follows and what is left once trend
 * and season are taken out.
 *
 * <p>The entry point is {@link org.itm.capacity.trend.Trends}: a {@link org.itm.capacity.trend.LinearTrend} by least
 * squares (with standard errors, confidence intervals and a p-value) or by Theil-Sen (robust to outliers such as
 * backup spikes), fitted on arrays or on a {@link org.itm.capacity.series.TimeSeries} with the slope per day.
 * {@link org.itm.capacity.trend.Seasonality} finds the seasonal period by autocorrelation;
 * {@link org.itm.capacity.trend.Stl} (robust, season may drift) and
 * {@link org.itm.capacity.trend.SeasonalDecomposition} (classical) split a series into trend, season and
 * remainder.
 *
 * <p>Confidence levels are fractions in (0, 1), e.g. {@code 0.95}; a value such as {@code 95} is rejected with an
 * {@link org.itm.core.ItmValidationException} that says it looks like a percentage.
 *
 * <pre>{@code
 * import org.itm.capacity.series.TimeSeries;
 * import org.itm.capacity.series.Unit;
 *
 * double[] gib = new double[28];                      // 2 GiB a day, plus a 30 GiB backup every seventh day
 * for (int day = 0; day < gib.length; day++) {
 *     gib[day] = 500 + 2 * day + (day % 7 == 5 ? 30 : 0);
 * }
 * TimeSeries used = TimeSeries.regular("disk used", Unit.GIBIBYTES, Instant.parse("2026-02-01T00:00:00Z"),
 *         Duration.ofDays(1), gib);
 *
 * LinearTrend robust = Trends.theilSen(used);          // slope 2.0 GiB a day: the spikes are ignored
 * LinearTrend ols = Trends.leastSquares(used);         // slope 2.13, pulled up by the spikes
 * ConfidenceInterval slope = ols.slopeConfidenceInterval(0.95);                 // about 1.61 to 2.65 a day
 * Optional<PeriodEstimate> cycle = Seasonality.detectPeriod(gib, 10);           // period 7
 * StlDecomposition parts = Stl.decompose(gib, cycle.orElseThrow().period());
 * }</pre>
 */
@NullMarked
package org.itm.capacity.trend;

import org.jspecify.annotations.NullMarked;
