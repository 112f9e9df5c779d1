/**
 * SLAs on a stream of ticket events: each ticket's timeline lives in Flink's keyed state, every event yields the
 * SLA results the in-JVM {@link org.itm.operations.sla.SlaEngine} gives at that instant, and an event-time timer
 * announces a warning or breach when it happens rather than when the ticket next changes.
 *
 * <p>The entry point is
 * {@link org.itm.flink.sla.SlaStreams#evaluate(org.apache.flink.streaming.api.datastream.DataStream, SlaSetup)}, over {@link org.itm.flink.sla.TicketEvent}s with event time from
 * {@link org.itm.flink.sla.SlaStreams#watermarks(java.time.Duration)}; an {@link org.itm.flink.sla.SlaSetup} says
 * which definitions and calendars to evaluate. Over an unbounded ticket population, pass a
 * {@link org.itm.flink.sla.SlaStateRetention}: {@code untilClocksStop(reopenWindow)} forgets a ticket once its
 * clocks stopped and the watermark passed its latest event plus the window, at no cost per event; an idle state
 * TTL also clears tickets abandoned while open, but every state access pays for it. {@link org.itm.flink.sla.SlaStreams#breachSink(BreachOutbox)} records each
 * breach once in a {@link org.itm.flink.sla.BreachOutbox}, however often Flink replays it.
 *
 * <pre>{@code
 * import org.apache.flink.streaming.api.datastream.DataStream;
 * import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
 * import org.itm.core.time.BusinessCalendar;
 * import org.itm.operations.sla.*;
 * // given: StreamExecutionEnvironment env, List<TicketEvent> events
 *
 * // in a job, a top-level class: Flink ships it with the job graph and each task rebuilds the engine from it
 * class DeskSlas implements SlaSetup {
 *     public List<SlaDefinition> definitions() {
 *         return List.of(SlaDefinition.builder("resolution").metric(SlaMetric.RESOLUTION).calendar("desk")
 *                 .target("P1", SlaTarget.businessHours(4)).target("P2", SlaTarget.businessHours(8)).build());
 *     }
 *
 *     public CalendarLookup calendars() {
 *         return CalendarLookup.of(Map.of("desk", BusinessCalendar.weekdays(ZoneId.of("Europe/Berlin"),
 *                 LocalTime.of(8, 0), LocalTime.of(18, 0))));
 *     }
 * }
 *
 * DataStream<TicketEvent> tickets = env.fromData(events, SlaStreams.ticketEventType())
 *         .assignTimestampsAndWatermarks(SlaStreams.watermarks(Duration.ofMinutes(1)));
 * DataStream<SlaResult> results = SlaStreams.evaluate(tickets, new DeskSlas(), Duration.ofDays(30));
 * results.filter(r -> r.status() == SlaStatus.BREACHED).print();
 * }</pre>
 */
package org.itm.flink.sla;
