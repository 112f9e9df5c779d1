/**
 * Time series: the measured history (utilisation, demand, storage used) that every other capacity concept reads.
 *
 * <p>The entry point is {@link org.itm.capacity.series.TimeSeries}, an immutable run of
 * {@link org.itm.capacity.series.Observation}s with a name and a {@link org.itm.capacity.series.Unit}. Build one
 * with {@link org.itm.capacity.series.TimeSeries#regular TimeSeries.regular} or read one with
 * {@link org.itm.capacity.series.TimeSeriesCsv}; make raw scrapes regular with
 * {@link org.itm.capacity.series.TimeSeries#resample resample} (an {@link org.itm.capacity.series.Aggregation} per
 * bucket), find missing steps with {@link org.itm.capacity.series.TimeSeries#gaps gaps} and repair them with
 * {@link org.itm.capacity.series.TimeSeries#fillGaps fillGaps} (a {@link org.itm.capacity.series.FillPolicy}).
 * Calendar spacing (years, quarters, months, days in a zone) is a {@link org.itm.capacity.series.CalendarStep};
 * fixed spacing is a {@link java.time.Duration}. Bad input is rejected with an
 * {@link org.itm.core.ItmValidationException} naming the field, e.g. {@code observations[3].at} for an
 * observation out of time order, or {@code line 4.value} for an unreadable CSV row.
 *
 * <pre>{@code
 * import java.io.StringReader;
 *
 * TimeSeries cpu = TimeSeries.regular("cpu", Unit.PERCENT, Instant.parse("2026-03-02T00:00:00Z"),
 *         Duration.ofHours(6), new double[] {40, 55, 80, 60, 45, 70, 90, 65});
 * TimeSeries dailyPeak = cpu.resample(Duration.ofDays(1), Aggregation.MAX);   // 80 on 2 March, 90 on 3 March
 * double p95 = Aggregation.percentile(cpu.values(), 0.95);                     // 86.5
 *
 * TimeSeries disk = TimeSeriesCsv.read(new StringReader("month,value\n2026-01,410\n2026-02,432\n2026-03,451\n"),
 *         "disk used", Unit.GIBIBYTES);
 * Optional<java.time.temporal.TemporalAmount> step = disk.step();             // P1M: one calendar month
 * }</pre>
 */
@NullMarked
package org.itm.capacity.series;

import org.jspecify.annotations.NullMarked;
