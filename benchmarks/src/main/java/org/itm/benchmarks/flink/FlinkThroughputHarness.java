package org.itm.benchmarks.flink;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
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
import org.itm.metrics.kpi.KpiAggregator;
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
 * every record). Both sides read the same seeded generators one event at a time (the jobs through a
 * {@code DataGeneratorSource}), so generation is timed on both and memory does not grow with the event count; a
 * warm-up round over a tenth of the events (at most 200k) precedes the timed round.
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

    /**
     * Processing time after which a ticket's SLA state is dropped once nothing is due (a resolved ticket): the job's
     * state then holds the tickets still open, as the in-JVM side does, not every ticket ever seen.
     */
    static final Duration STATE_TTL = Duration.ofMinutes(2);

    private FlinkThroughputHarness() {
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        // one warm-up round of a tenth of the events (at most 200k), then the timed round over all of them
        long warm = Math.min(n, Math.max(1, Math.min(200_000, n / 10)));
        for (int round = 0; round < 2; round++) {
            String label = round == 0 ? "warm-up" : "timed";
            long events = round == 0 ? warm : n;
            long t0 = System.nanoTime();
            long results = inJvmSla(events);
            long t1 = System.nanoTime();
            runSlaJob(events);
            long t2 = System.nanoTime();
            // the SLA figures as soon as they are known: a long run may be stopped during the KPI job
            System.out.printf(Locale.ROOT, "%s: SLA %d events: in-JVM %.0f ev/s, Flink 1 slot %.0f ev/s%n", label,
                    events, rate(events, t0, t1), rate(events, t1, t2));
            long kpis = inJvmKpi(events);
            long t3 = System.nanoTime();
            runKpiJob(events);
            long t4 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%s: SLA %d events: in-JVM %.0f ev/s (%d results), Flink 1 slot %.0f ev/s;"
                            + " KPI %d records: in-JVM %.0f rec/s (%d values), Flink 1 slot %.0f rec/s%n", label,
                    events, rate(events, t0, t1), results, rate(events, t1, t2), events, rate(events, t2, t3), kpis,
                    rate(events, t3, t4));
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used %d MiB of max %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.maxMemory() >> 20);
    }

    private static double rate(long count, long from, long to) {
        return count / ((to - from) / 1e9);
    }

    /**
     * What the SLA job computes, in one JVM: every definition on each event over the ticket's timeline so far, the
     * events taken one at a time from the generator; a ticket's timeline is dropped at its last event (RESOLVED).
     */
    static long inJvmSla(long count) {
        Slas setup = new Slas();
        SlaEngine engine = SlaEngine.create(setup.calendars());
        List<SlaDefinition> defs = setup.definitions();
        Map<String, List<SlaEvent>> timelines = new HashMap<>();
        TicketEventStream stream = new TicketEventStream(count, 1);
        String last = TicketEventStream.FLOW[TicketEventStream.FLOW.length - 1];
        long results = 0;
        while (stream.hasNext()) {
            TicketEvent e = stream.next();
            List<SlaEvent> t = timelines.computeIfAbsent(e.ticketId(), k -> new ArrayList<>());
            t.add(e.event());
            List<SlaResult> r = engine.evaluateAll(defs, new SlaTimeline(e.ticketId(), Map.of(), t), e.event().at());
            results += r.size();
            if (e.event().state().equals(last)) {
                timelines.remove(e.ticketId());
            }
        }
        return results;
    }

    /** The KPI engine over the same closed tickets as the KPI job, added one at a time from the generator. */
    static long inJvmKpi(long count) {
        KpiAggregator<Closed> aggregator = new Kpis().engine().newAggregator();
        ClosedStream stream = new ClosedStream(2);
        for (long i = 0; i < count; i++) {
            aggregator.add(stream.next());
        }
        return aggregator.results().size();
    }

    private static StreamExecutionEnvironment env() {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        return StreamExecutionEnvironment.createLocalEnvironment(1, conf);
    }

    static void runSlaJob(long count) throws Exception {
        StreamExecutionEnvironment env = env();
        DataGeneratorSource<TicketEvent> source = new DataGeneratorSource<>(new TicketEventGenerator(count, 1), count,
                SlaStreams.ticketEventType());
        SlaStreams.evaluate(env.fromSource(source, SlaStreams.watermarks(Duration.ZERO), "tickets").setParallelism(1),
                        new Slas(), STATE_TTL)
                .sinkTo(new Discard<>());
        env.execute("sla-throughput");
    }

    static void runKpiJob(long count) throws Exception {
        StreamExecutionEnvironment env = env();
        DataGeneratorSource<Closed> source = new DataGeneratorSource<>(new ClosedGenerator(2), count,
                CodecTypeInfo.of(Closed.class, new ClosedCodec()));
        KpiStreams.aggregate(env.fromSource(source, WatermarkStrategy.<Closed>forMonotonousTimestamps()
                                        .withTimestampAssigner((c, p) -> c.at().toEpochMilli()), "closed")
                                .setParallelism(1),
                        new Kpis(), Closed::service, Duration.ZERO)
                .updates().sinkTo(new Discard<KpiWindowUpdate>());
        env.execute("kpi-throughput");
    }

    /** Closed tickets 0–19 s apart over four services, one at a time from a seed. */
    static final class ClosedStream {
        private static final String[] SERVICES = {"mail", "erp", "network", "web"};
        private final Random random;
        private Instant at = Instant.parse("2026-03-02T07:00:00Z");
        private long emitted;

        ClosedStream(long seed) {
            random = new Random(seed);
        }

        Closed next() {
            at = at.plusSeconds(random.nextInt(20));
            emitted++;
            return new Closed(SERVICES[random.nextInt(SERVICES.length)], at, random.nextDouble() * 48);
        }
    }

    /** {@link ClosedStream} inside a {@code DataGeneratorSource} (parallelism 1, indices in order). */
    static final class ClosedGenerator implements GeneratorFunction<Long, Closed> {
        private static final long serialVersionUID = 1L;
        private final long seed;
        private transient ClosedStream stream;

        ClosedGenerator(long seed) {
            this.seed = seed;
        }

        @Override
        public void open(SourceReaderContext readerContext) {
            stream = new ClosedStream(seed);
        }

        @Override
        public Closed map(Long index) {
            if (index != stream.emitted) {
                throw new IllegalStateException("closed tickets are sequential: expected index " + stream.emitted
                        + ", was asked for " + index);
            }
            return stream.next();
        }
    }
}
