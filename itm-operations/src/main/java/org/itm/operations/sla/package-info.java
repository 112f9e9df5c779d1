/**
 * Service level agreements: how long a ticket may take to be answered or resolved, in business time, and whether
 * it did.
 *
 * <p>An {@link org.itm.operations.sla.SlaDefinition} is data (build it, or read it from JSON or YAML): the metric,
 * the business calendar it runs on, a {@link org.itm.operations.sla.SlaTarget} per priority and the states that
 * pause, stop, cancel or reset the clock. The entry point is {@link org.itm.operations.sla.SlaEngine}: it evaluates a
 * definition against a ticket's {@link org.itm.operations.sla.SlaTimeline} at an instant, as a pure function, and
 * returns an {@link org.itm.operations.sla.SlaResult} that says why (which state held the clock, how the business
 * time was shared). Engines are thread-safe; {@link org.itm.operations.sla.SlaEngine#evaluateBatch} spreads many
 * timelines over threads, {@link org.itm.operations.sla.SlaEngine#track} follows one ticket incrementally, and
 * {@link org.itm.operations.sla.SlaCompliance} turns results into a compliance report.
 *
 * <pre>{@code
 * import org.itm.core.time.BusinessCalendar;
 *
 * SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of("berlin",
 *         BusinessCalendar.weekdays(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 0)))));
 * SlaDefinition p2 = SlaDefinition.builder("p2-resolution").metric(SlaMetric.RESOLUTION).calendar("berlin")
 *         .target("P2", SlaTarget.businessHours(8)).build();
 * SlaTimeline ticket = new SlaTimeline("INC-1", Map.of("service", "mail"), List.of(
 *         SlaEvent.of(Instant.parse("2026-03-02T15:00:00Z"), "IN_PROGRESS", "P2"),   // Monday 16:00 in Berlin
 *         SlaEvent.of(Instant.parse("2026-03-03T14:00:00Z"), "RESOLVED", "P2")));    // Tuesday 15:00
 * SlaResult result = engine.evaluate(p2, ticket, Instant.parse("2026-03-04T09:00:00Z")).orElseThrow();
 * SlaStatus status = result.status();      // ACHIEVED
 * Duration elapsed = result.elapsed();     // PT7H: 1 h on Monday, 6 h on Tuesday
 * Duration remaining = result.remaining(); // PT1H
 * }</pre>
 */
@NullMarked
package org.itm.operations.sla;

import org.jspecify.annotations.NullMarked;
