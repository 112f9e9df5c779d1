/**
 * ITM's engines as Apache Flink 2.x DataStream jobs, for ticket, record and alert streams that outgrow one JVM;
 * the only ITM module that depends on Flink. Each job gives, per key, what the in-JVM engine gives, with its state
 * in Flink's checkpoints and no value serialized with Kryo.
 *
 * <p>Entry points, one per package: {@link org.itm.flink.sla.SlaStreams} (SLAs on ticket events, breaches
 * announced when they happen and recorded once in an outbox), {@link org.itm.flink.kpi.KpiStreams} (the KPI
 * catalog over event-time windows), {@link org.itm.flink.alert.AlertStreams} (alerts correlated into incident
 * actions per service) and {@link org.itm.flink.types.ItmTypes} / {@link org.itm.flink.types.CodecTypeInfo} (Flink
 * serializers for ITM values and your own records). Each job is configured by a small serializable setup
 * ({@code SlaSetup}, {@code KpiSetup}, {@code AlertSetup}, {@code BreachOutbox}) from which every task rebuilds its
 * engine. Bad arguments are rejected with {@link org.itm.core.ItmValidationException} when the job graph is built.
 *
 * <p>A job's {@code main} builds its sources, calls the entry points and executes; keep Kryo out with
 * {@code pipeline.generic-types: false} and enable checkpointing for the exactly-once breach outbox:
 *
 * <pre>{@code
 * import org.apache.flink.configuration.Configuration;
 * import org.apache.flink.configuration.PipelineOptions;
 * import org.apache.flink.streaming.api.datastream.DataStream;
 * import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
 * import org.itm.flink.sla.*;
 * // given: SlaSetup slas, BreachOutbox outbox, List<TicketEvent> events
 *
 * Configuration conf = new Configuration();
 * conf.set(PipelineOptions.GENERIC_TYPES, false);
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
 * env.enableCheckpointing(60_000);
 * DataStream<TicketEvent> tickets = env.fromData(events, SlaStreams.ticketEventType())
 *         .assignTimestampsAndWatermarks(SlaStreams.watermarks(Duration.ofMinutes(1)));
 * SlaStreams.evaluate(tickets, slas).sinkTo(SlaStreams.breachSink(outbox)).name("breach-outbox");
 * env.execute("service-desk-slas");
 * }</pre>
 *
 * <h2>Submitting a job to a cluster</h2>
 * Flink is a {@code provided} dependency: the cluster brings it. {@code mvn -pl itm-flink -am package} builds the
 * shaded job jar {@code itm-flink/target/itm-flink-<version>-job.jar}, which holds itm-flink with itm-core,
 * itm-operations, itm-metrics and their libraries, but neither Flink nor SLF4J (the distribution's own). This
 * module has no {@code main} of its own: write your job's {@code main} (as above) in your application, with
 * itm-flink as a dependency, and submit it with {@code flink run}, either shaded the same way or as a thin jar with
 * ITM's job jar on the job's class path (the URL must be readable on every node):
 *
 * <pre>
 * flink run -c com.example.ServiceDeskJob -p 4 target/service-desk-job.jar
 *
 * flink run -C file:///opt/itm/itm-flink-0.1.0-SNAPSHOT-job.jar -c com.example.ServiceDeskJob target/service-desk.jar
 * </pre>
 *
 * <p>The examples module's {@code org.itm.examples.flink.StreamingServiceDesk} is such a job, run on a local
 * MiniCluster.
 */
package org.itm.flink;
