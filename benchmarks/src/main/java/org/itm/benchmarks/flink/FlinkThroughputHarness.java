package org.itm.benchmarks.flink;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.itm.core.time.BusinessCalendar;
import org.itm.flink.kpi.KpiSetup;
import org.itm.flink.kpi.KpiStreams;
import org.itm.flink.kpi.KpiWindowUpdate;
import org.itm.flink.sla.SlaSetup;
import org.itm.flink.sla.SlaStreams;
import org.itm.flink.sla.TicketEvent;
import org.itm.flink.types.Codec;
import org.itm.flink.types.CodecIo;
import org.itm.flink.types.CodecTypeInfo;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.RecordSchema;
import org.itm.metrics.kpi.TimeWindow;
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaEngine;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaMetric;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaTarget;
import org.itm.operations.sla.SlaTimeline;

/**
 * A timed harness (a whole job is too coarse for JMH's iterations): events per second per task slot of the SLA and
 * KPI jobs on a local MiniCluster with one slot, next to the in-JVM engines doing the same work on the same events
 * (the SLA engine evaluated on each event over the timeline so far, as the job does; the KPI engine aggregating
 * every record). Generation is excluded on both sides; each side runs once to warm up, then is timed.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.itm.benchmarks.flink.FlinkThroughputHarness 200000</pre>
 */
public final class FlinkThroughputHarness {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    public record Closed(String service, Instant at, double hours) {
    }

    static final class Slas implements SlaSetup {
        private static final long serialVersionUID = 1L;

        @Override
        public List<SlaDefinition> definitions() {
            return List.of(SlaDefinition.builder("resolution").metric(SlaMetric.RESOLUTION).calendar("desk")
                            .target("P1", SlaTarget.businessHours(4)).target("P2", SlaTarget.businessHours(8)).build(),
                    SlaDefinition.builder("response").metric(SlaMetric.RESPONSE).calendar("desk")
                            .target("P1", SlaTarget.businessHours(1)).target("P2", SlaTarget.businessHours(2)).build());
        }

        @Override
        public CalendarLookup calendars() {
            return CalendarLookup.of(Map.of("desk",
                    BusinessCalendar.weekdays(BERLIN, LocalTime.of(8, 0), LocalTime.of(18, 0))));
        }
    }

    static final class Kpis implements KpiSetup<Closed> {
        private static final long serialVersionUID = 1L;

        @Override
        public KpiEngine<Closed> engine() {
            RecordSchema<Closed> schema = RecordSchema.<Closed>builder("closed").dimension("service", Closed::service)
                    .measure("hours", Closed::hours).time("at", c -> Optional.of(c.at())).build();
            return KpiEngine.create(schema, List.of(def("n").count().build(), def("mean").mean("hours").build(),
                    def("p90").percentile(90, "hours").build()));
        }

        private static KpiDefinition.Builder def(String id) {
            return KpiDefinition.builder(id).name(id).unit("h").direction(KpiDirection.LOWER_IS_BETTER).timeField("at")
                    .dimensions("service").window(TimeWindow.day(BERLIN));
        }
    }

    static final class ClosedCodec implements Codec<Closed> {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(Closed c, DataOutputView out) throws IOException {
            CodecIo.string(c.service(), out);
            CodecIo.instant(c.at(), out);
            out.writeDouble(c.hours());
        }

        @Override
        public Closed read(DataInputView in) throws IOException {
            return new Closed(CodecIo.string(in), CodecIo.instant(in), in.readDouble());
        }
    }

    /** Discards what it receives: the harness measures the job, not a sink. */
    static final class Discard<T> implements Sink<T> {
        private static final long serialVersionUID = 1L;

        @Override
        public SinkWriter<T> createWriter(WriterInitContext context) {
            return new SinkWriter<>() {
                @Override
                public void write(T element, Context context) {
                }

                @Override
                public void flush(boolean endOfInput) {
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private FlinkThroughputHarness() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<TicketEvent> events = ticketEvents(n, 1);
        List<Closed> closed = closed(n, 2);
        for (int round = 0; round < 2; round++) {
            String label = round == 0 ? "warm-up" : "timed";
            long t0 = System.nanoTime();
            long results = inJvmSla(events);
            long t1 = System.nanoTime();
            runSlaJob(events);
            long t2 = System.nanoTime();
            long kpis = new Kpis().engine().compute(closed).size();
            long t3 = System.nanoTime();
            runKpiJob(closed);
            long t4 = System.nanoTime();
            System.out.printf("%s: SLA %d events: in-JVM %.0f ev/s (%d results), Flink 1 slot %.0f ev/s;"
                            + " KPI %d records: in-JVM %.0f rec/s (%d values), Flink 1 slot %.0f rec/s%n", label,
                    events.size(), rate(events.size(), t0, t1), results, rate(events.size(), t1, t2), closed.size(),
                    rate(closed.size(), t2, t3), kpis, rate(closed.size(), t3, t4));
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used %d MiB of max %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.maxMemory() >> 20);
    }

    private static double rate(int count, long from, long to) {
        return count / ((to - from) / 1e9);
    }

    /** What the SLA job computes, in one JVM: every definition on each event over the ticket's timeline so far. */
    static long inJvmSla(List<TicketEvent> events) {
        Slas setup = new Slas();
        SlaEngine engine = SlaEngine.create(setup.calendars());
        List<SlaDefinition> defs = setup.definitions();
        Map<String, List<SlaEvent>> timelines = new HashMap<>();
        long results = 0;
        for (TicketEvent e : events) {
            List<SlaEvent> t = timelines.computeIfAbsent(e.ticketId(), k -> new ArrayList<>());
            t.add(e.event());
            List<SlaResult> r = engine.evaluateAll(defs, new SlaTimeline(e.ticketId(), Map.of(), t), e.event().at());
            results += r.size();
        }
        return results;
    }

    private static StreamExecutionEnvironment env() {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        return StreamExecutionEnvironment.createLocalEnvironment(1, conf);
    }

    static void runSlaJob(List<TicketEvent> events) throws Exception {
        StreamExecutionEnvironment env = env();
        SlaStreams.evaluate(env.fromData(events, SlaStreams.ticketEventType())
                        .assignTimestampsAndWatermarks(SlaStreams.watermarks(Duration.ZERO)), new Slas())
                .sinkTo(new Discard<>());
        env.execute("sla-throughput");
    }

    static void runKpiJob(List<Closed> closed) throws Exception {
        StreamExecutionEnvironment env = env();
        KpiStreams.aggregate(env.fromData(closed, CodecTypeInfo.of(Closed.class, new ClosedCodec()))
                                .assignTimestampsAndWatermarks(WatermarkStrategy.<Closed>forMonotonousTimestamps()
                                        .withTimestampAssigner((c, p) -> c.at().toEpochMilli())),
                        new Kpis(), Closed::service, Duration.ZERO)
                .updates().sinkTo(new Discard<KpiWindowUpdate>());
        env.execute("kpi-throughput");
    }

    static List<TicketEvent> ticketEvents(int n, long seed) {
        Random random = new Random(seed);
        List<TicketEvent> out = new ArrayList<>(n);
        Instant open = Instant.parse("2026-03-02T07:00:00Z");
        String[] flow = {"NEW", "ASSIGNED", "IN_PROGRESS", "RESOLVED"};
        int ticket = 0;
        while (out.size() < n) {
            open = open.plusSeconds(1 + random.nextInt(30));
            String id = "INC-" + ticket++;
            String priority = random.nextBoolean() ? "P1" : "P2";
            Instant at = open;
            for (int i = 0; i < flow.length && out.size() < n; i++) {
                out.add(TicketEvent.of(id, SlaEvent.of(at, flow[i], priority)));
                at = at.plusSeconds(60 + random.nextInt(7200));
            }
        }
        out.sort(Comparator.comparing(e -> e.event().at()));
        return out;
    }

    static List<Closed> closed(int n, long seed) {
        Random random = new Random(seed);
        String[] services = {"mail", "erp", "network", "web"};
        List<Closed> out = new ArrayList<>(n);
        Instant at = Instant.parse("2026-03-02T07:00:00Z");
        for (int i = 0; i < n; i++) {
            at = at.plusSeconds(random.nextInt(20));
            out.add(new Closed(services[random.nextInt(services.length)], at, random.nextDouble() * 48));
        }
        return out;
    }
}
