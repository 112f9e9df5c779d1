/**
 * Service level objectives: how available and how fast a service was, how much of its error budget is left, and
 * whether it burns fast enough to page someone.
 *
 * <p>The entry point is {@link org.itm.capacity.slo.SloMonitor}, created with a clock: for an
 * {@link org.itm.capacity.slo.Slo} over a rolling window ending now it reports the standing from event counts
 * ({@link org.itm.capacity.slo.SliSample}s, {@link org.itm.capacity.slo.SloMonitor#status status}), the downtime
 * budget from {@link org.itm.capacity.slo.Outage}s ({@link org.itm.capacity.slo.SloMonitor#downtimeBudget
 * downtimeBudget}) and multi-window {@link org.itm.capacity.slo.BurnRateAlert} decisions
 * ({@link org.itm.capacity.slo.SloMonitor#evaluate evaluate}). {@link org.itm.capacity.slo.Availability} measures
 * any window from outages; {@link org.itm.capacity.slo.Performance} gives Apdex and latency percentiles from
 * {@link org.itm.capacity.slo.RequestSample}s.
 *
 * <p>Objectives are fractions in (0, 1), e.g. {@code 0.999}; a value such as {@code 99.9} is rejected with an
 * {@link org.itm.core.ItmValidationException} that says it looks like a percentage.
 *
 * <pre>{@code
 * import org.itm.core.time.TimeInterval;
 *
 * Instant now = Instant.parse("2026-03-31T00:00:00Z");
 * SloMonitor monitor = SloMonitor.create(Clock.fixed(now, ZoneOffset.UTC));
 * Slo slo = new Slo("checkout up", 0.999, Duration.ofDays(30));             // errorBudget() 43 min 12 s
 *
 * List<Outage> outages = List.of(
 *         Outage.unplanned(TimeInterval.of(Instant.parse("2026-03-10T14:00:00Z"),
 *                 Instant.parse("2026-03-10T14:20:00Z"))),
 *         Outage.planned(TimeInterval.of(Instant.parse("2026-03-15T02:00:00Z"),
 *                 Instant.parse("2026-03-15T04:00:00Z"))));
 * DowntimeBudget budget = monitor.downtimeBudget(slo, outages, true);
 * // maintenance excluded: budget 43 min 4.8 s, downtime 20 min, remaining 23 min 4.8 s, met
 *
 * List<SliSample> lastMinutes = List.of(new SliSample(now.minusSeconds(120), 9_990, 10_000),
 *         new SliSample(now.minusSeconds(60), 9_700, 10_000));
 * List<AlertDecision> alerts = monitor.evaluate(slo, lastMinutes, BurnRateAlert.sreWorkbookDefaults());
 * // "page-fast FIRING: burn rate 15.50x over 1h and 15.50x over 5m against 14.4x", ...
 * }</pre>
 */
@NullMarked
package org.itm.capacity.slo;

import org.jspecify.annotations.NullMarked;
