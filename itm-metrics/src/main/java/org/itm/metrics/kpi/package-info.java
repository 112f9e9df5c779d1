/**
 * KPIs as data, computed over any record type: what is measured, grouped by which dimensions and time windows,
 * and judged against which thresholds, so that a catalog of definitions can be kept in a configuration file and
 * computed over incidents, changes or your own records alike.
 *
 * <p>The entry point is {@link org.itm.metrics.kpi.KpiEngine#create}: it compiles
 * {@link org.itm.metrics.kpi.KpiDefinition}s (built, or read with {@code fromJson}/{@code fromYaml}) against a
 * {@link org.itm.metrics.kpi.RecordSchema} that names the fields of your record type, and rejects every unknown
 * field at once with an {@link org.itm.core.ItmValidationException}. {@link org.itm.metrics.kpi.KpiEngine#compute}
 * aggregates in one pass; a {@link org.itm.metrics.kpi.KpiAggregator} does the same incrementally and merges with
 * others, so parts can run on different threads or machines. Each {@link org.itm.metrics.kpi.KpiResult} carries
 * its {@link org.itm.metrics.kpi.RagStatus} from the {@link org.itm.metrics.kpi.Thresholds} and how it was reached.
 * Engines are immutable and thread-safe; aggregators are not.
 *
 * <pre>{@code
 * record Ticket(String service, Instant resolved, double hours) { }
 * List<Ticket> tickets = List.of(
 *         new Ticket("mail", Instant.parse("2026-03-02T10:00:00Z"), 3.5),
 *         new Ticket("mail", Instant.parse("2026-03-09T15:30:00Z"), 12.0));
 *
 * RecordSchema<Ticket> schema = RecordSchema.<Ticket>builder("ticket")
 *         .dimension("service", Ticket::service)
 *         .measure("hours", Ticket::hours)
 *         .time("resolved", t -> Optional.of(t.resolved()))
 *         .build();
 * KpiDefinition mttr = KpiDefinition.builder("mttr").name("Mean time to resolve").unit("h")
 *         .direction(KpiDirection.LOWER_IS_BETTER).mean("hours").timeField("resolved")
 *         .dimensions("service").window(TimeWindow.month(ZoneId.of("Europe/Berlin")))
 *         .thresholds(8, 8, 16).build();
 * KpiResults results = KpiEngine.create(schema, List.of(mttr)).compute(tickets);
 * for (KpiResult r : results.forKpi("mttr")) {
 *     System.out.println(r.dimension("service").orElse("-") + " " + r.window() + ": " + r.value() + " h, "
 *             + r.status());
 * }
 * }</pre>
 */
@NullMarked
package org.itm.metrics.kpi;

import org.jspecify.annotations.NullMarked;
