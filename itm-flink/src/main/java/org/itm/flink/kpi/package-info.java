/**
 * The KPI catalog over a record stream: keyed event-time windows that are the definitions' own (calendar days,
 * weeks, months, quarters, years in their zone, or rolling windows of N days), each window's values equal to what
 * {@link org.itm.metrics.kpi.KpiEngine#compute} gives for its records, late records re-emitting the window with a
 * new revision.
 *
 * <p>The entry point is {@link org.itm.flink.kpi.KpiStreams#aggregate}; a {@link org.itm.flink.kpi.KpiSetup}
 * builds the engine on each task, and the returned {@link org.itm.flink.kpi.KpiStreamJob} has the
 * {@link org.itm.flink.kpi.KpiWindowUpdate}s and the records that came too late to count. All definitions of one
 * job share one time window; run one job per window.
 *
 * <pre>{@code
 * import org.apache.flink.api.common.eventtime.WatermarkStrategy;
 * import org.apache.flink.streaming.api.datastream.DataStream;
 * import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
 * import org.itm.flink.alert.AlertStreams;
 * import org.itm.metrics.kpi.*;
 * import org.itm.operations.alert.Alert;
 * // given: StreamExecutionEnvironment env, List<Alert> alerts
 *
 * // in a job, a top-level class: Flink ships it with the job graph and each task builds the engine from it
 * class AlertsPerDay implements KpiSetup<Alert> {
 *     public KpiEngine<Alert> engine() {
 *         RecordSchema<Alert> schema = RecordSchema.<Alert>builder("alert")
 *                 .dimension("ci", Alert::ci)
 *                 .time("at", a -> Optional.of(a.at()))
 *                 .build();
 *         return KpiEngine.create(schema, List.of(KpiDefinition.builder("alerts").name("Alerts per CI and day")
 *                 .unit("alerts").direction(KpiDirection.LOWER_IS_BETTER).count().timeField("at").dimensions("ci")
 *                 .window(TimeWindow.day(ZoneId.of("Europe/Berlin"))).build()));
 *     }
 * }
 *
 * DataStream<Alert> stream = env.fromData(alerts, AlertStreams.alertType()).assignTimestampsAndWatermarks(
 *         WatermarkStrategy.<Alert>forBoundedOutOfOrderness(Duration.ofMinutes(1))
 *                 .withTimestampAssigner((a, previous) -> a.at().toEpochMilli()));
 * KpiStreamJob<Alert> job = KpiStreams.aggregate(stream, new AlertsPerDay(), Alert::ci, Duration.ofHours(6));
 * job.updates().print();
 * job.tooLate().print();
 * }</pre>
 */
package org.itm.flink.kpi;
