/**
 * Exhaustion: when a resource with finite capacity runs out, and by when to order more.
 *
 * <p>A {@link org.itm.capacity.exhaustion.Resource} (built with
 * {@link org.itm.capacity.exhaustion.Resource#builder Resource.builder}) has a capacity, warning and critical
 * thresholds as shares of it, and a procurement lead time. The entry point is
 * {@link org.itm.capacity.exhaustion.ExhaustionAnalyzer}: given the resource, its usage history and a forecast, it
 * returns an {@link org.itm.capacity.exhaustion.ExhaustionReport} with the headroom, the dates each threshold is
 * crossed (a {@link org.itm.capacity.exhaustion.Crossing}, with a range from the prediction interval), the order-by
 * date and a sentence with the numbers. {@link org.itm.capacity.exhaustion.Bottlenecks} does the same for every
 * resource of a service, mapping business volume to usage through a
 * {@link org.itm.capacity.exhaustion.DemandDriver}, and names the resource that limits the service first.
 *
 * <pre>{@code
 * import org.itm.capacity.forecast.Forecast;
 * import org.itm.capacity.series.TimeSeries;
 * import org.itm.capacity.series.Unit;
 *
 * Resource storage = Resource.builder("storage-a").kind(ResourceKind.STORAGE).capacity(1000, Unit.of("TB"))
 *         .thresholds(0.8, 0.9).procurementLeadTime(Duration.ofDays(30)).build();
 * TimeSeries used = TimeSeries.regular("used", storage.unit(), Instant.parse("2026-01-01T00:00:00Z"),
 *         Duration.ofDays(1), new double[] {780, 790, 800});
 * Forecast next = new Forecast("10 TB a day", new double[] {810, 820, 830, 840, 850, 860, 870, 880, 890, 900},
 *         List.of());
 * Clock clock = Clock.fixed(Instant.parse("2026-01-03T00:00:00Z"), ZoneOffset.UTC);
 *
 * ExhaustionReport report = ExhaustionAnalyzer.create(clock).analyze(storage, used, next);
 * double headroom = report.headroom();                       // 100.0 TB left to the 90 % threshold
 * Optional<Instant> full = report.critical().expected();     // 2026-01-13T00:00:00Z, the tenth step
 * Optional<Instant> orderBy = report.orderBy();              // 2025-12-14T00:00:00Z: report.orderOverdue() is true
 * }</pre>
 */
@NullMarked
package org.itm.capacity.exhaustion;

import org.jspecify.annotations.NullMarked;
