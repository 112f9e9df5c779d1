package org.itm.benchmarks.flink;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
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
import org.itm.flink.sla.SlaStateRetention;
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
 * KPI jobs on a local MiniCluster ({@code --slots}, default one), next to the in-JVM engines doing the same work on the same events
 * (the SLA engine evaluated on each event over the timeline so far, as the job does; the KPI engine aggregating
 * every record). Both sides read the same seeded generators one event at a time (the jobs through a
 * {@code DataGeneratorSource}), so generation is timed on both and memory does not grow with the event count; a
 * warm-up round over a tenth of the events (at most 200k) precedes the timed round.
 *
 * <p>Each step prints its wall time, events per second in all and per slot, the process's CPU time over the step
 * (all threads), the CPU time of each of the job's task threads (the figure that compares across machine loads)
 * and the memory in use after it. {@code --flink-only} (or a smaller {@code --in-jvm-events}) runs a
 * large count on the Flink side only; see {@link #USAGE}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.itm.benchmarks.flink.FlinkThroughputHarness 200000
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.itm.benchmarks.flink.FlinkThroughputHarness \
 *     --flink-only --warm-up 200000 100000000</pre>
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

    /** Processing time of the optional idle state TTL ({@code --sla-state ttl} or {@code both}). */
    static final Duration STATE_TTL = Duration.ofMinutes(2);

    static final String USAGE = """
            usage: FlinkThroughputHarness [options] [EVENTS]
              EVENTS               ticket events and closed tickets per job in the timed round (default 200000)
              --slots N            parallelism of the keyed operators and task slots of the MiniCluster
                                   (default 1); the sources stay at 1, their generators are sequential
              --in-jvm-events N    events for the in-JVM engines (default EVENTS; 0 runs none)
              --flink-only         the same as --in-jvm-events 0
              --warm-up N          events of the warm-up round (default EVENTS/10, at most 200000; 0 skips it)
              --jobs LIST          sla, kpi or sla,kpi (default): which jobs to run
              --sla-state MODE     how the SLA job bounds its state: clear (default; a ticket is forgotten once
                                   its clocks stopped), ttl (a 2-minute idle state TTL, as the harness had),
                                   both (clearing, with the TTL as a safety net)
            """;

    /** How the SLA job bounds its state. */
    enum SlaState {
        CLEAR, TTL, BOTH;

        SlaStateRetention retention() {
            return switch (this) {
                // the generated tickets never change after RESOLVED, and the source's events are in order
                case CLEAR -> SlaStateRetention.untilClocksStop(Duration.ZERO);
                case TTL -> SlaStateRetention.idle(STATE_TTL);
                case BOTH -> SlaStateRetention.untilClocksStop(Duration.ZERO).withIdleTtl(STATE_TTL);
            };
        }
    }

    /** The command line, checked. */
    record Options(long events, int slots, long inJvmEvents, long warmUp, boolean sla, boolean kpi,
                   SlaState slaState) {

        static Options parse(String... args) {
            Long events = null;
            int slots = 1;
            Long inJvm = null;
            Long warmUp = null;
            boolean sla = true;
            boolean kpi = true;
            SlaState state = SlaState.CLEAR;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--slots" -> slots = (int) number(a, value(args, ++i, a), 1, 64);
                    case "--in-jvm-events" -> inJvm = number(a, value(args, ++i, a), 0, Long.MAX_VALUE);
                    case "--flink-only" -> inJvm = 0L;
                    case "--warm-up" -> warmUp = number(a, value(args, ++i, a), 0, Long.MAX_VALUE);
                    case "--jobs" -> {
                        String v = value(args, ++i, a);
                        sla = false;
                        kpi = false;
                        for (String job : v.split(",", -1)) {
                            switch (job) {
                                case "sla" -> sla = true;
                                case "kpi" -> kpi = true;
                                default -> throw new IllegalArgumentException(
                                        "--jobs: unknown job '" + job + "' in '" + v + "'; use sla, kpi or sla,kpi");
                            }
                        }
                    }
                    case "--sla-state" -> {
                        String v = value(args, ++i, a);
                        state = switch (v) {
                            case "clear" -> SlaState.CLEAR;
                            case "ttl" -> SlaState.TTL;
                            case "both" -> SlaState.BOTH;
                            default -> throw new IllegalArgumentException(
                                    "--sla-state: '" + v + "' is none of clear, ttl, both");
                        };
                    }
                    default -> {
                        if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        if (events != null) {
                            throw new IllegalArgumentException("EVENTS given twice: " + events + " and " + a);
                        }
                        events = number("EVENTS", a, 1, Long.MAX_VALUE);
                    }
                }
            }
            long n = events == null ? 200_000 : events;
            long inJvmEvents = inJvm == null ? n : inJvm;
            long warm = warmUp == null ? Math.min(200_000, Math.max(1, n / 10)) : warmUp;
            return new Options(n, slots, inJvmEvents, warm, sla, kpi, state);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static long number(String option, String text, long min, long max) {
            long v;
            try {
                // 100_000_000 reads as 100000000
                v = Long.parseLong(text.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": '" + text + "' is not a whole number", e);
            }
            if (v < min || v > max) {
                throw new IllegalArgumentException(option + ": " + v + " is out of range, at least " + min
                        + (max == Long.MAX_VALUE ? "" : " and at most " + max));
            }
            return v;
        }

        String jobs() {
            return sla && kpi ? "sla,kpi" : sla ? "sla" : "kpi";
        }
    }

    private FlinkThroughputHarness() {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("FlinkThroughputHarness: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        System.out.println(String.format(Locale.ROOT, "events %,d, slots %d, in-JVM events %,d, warm-up %,d, jobs %s,"
                        + " SLA state %s; %d processors, max heap %d MiB", o.events(), o.slots(), o.inJvmEvents(), o.warmUp(),
                o.jobs(), o.slaState().name().toLowerCase(Locale.ROOT), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20));
        if (o.warmUp() > 0) {
            round(o, "warm-up", o.warmUp(), Math.min(o.warmUp(), o.inJvmEvents()));
        }
        round(o, "timed", o.events(), o.inJvmEvents());
        System.out.println("end: " + memory());
    }

    /** One round: each in-JVM engine, then its Flink job, each timed on its own. */
    private static void round(Options o, String label, long events, long inJvmEvents) throws Exception {
        if (o.sla()) {
            if (inJvmEvents > 0) {
                Measure m = Measure.start();
                long results = inJvmSla(inJvmEvents);
                m.print(label, "SLA in-JVM", inJvmEvents, 1, results + " results");
            }
            Measure m = Measure.start();
            runSlaJob(events, o.slots(), o.slaState().retention());
            m.print(label, "SLA Flink", events, o.slots(), "state " + o.slaState().name().toLowerCase(Locale.ROOT));
        }
        if (o.kpi()) {
            if (inJvmEvents > 0) {
                Measure m = Measure.start();
                long values = inJvmKpi(inJvmEvents);
                m.print(label, "KPI in-JVM", inJvmEvents, 1, values + " values");
            }
            Measure m = Measure.start();
            runKpiJob(events, o.slots());
            m.print(label, "KPI Flink", events, o.slots(), "");
        }
    }

    /**
     * The largest heap in use right after a garbage collection since the current step started: the live data
     * (state, buffers, the cluster) at its peak, which the heap in use after a step (garbage included, the job's
     * state already released) does not show.
     */
    static final AtomicLong LIVE_PEAK = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())
                            && notification.getUserData() instanceof CompositeData data) {
                        long live = GarbageCollectionNotificationInfo.from(data).getGcInfo().getMemoryUsageAfterGc()
                                .values().stream().mapToLong(MemoryUsage::getUsed).sum();
                        LIVE_PEAK.accumulateAndGet(live, Math::max);
                    }
                }, null, null);
            }
        }
    }

    /**
     * CPU time of each thread seen during the current step, sampled every 250 ms (a task's threads end with its
     * job, so they are read while they run; the last quarter second of a thread can be missed).
     */
    static final Map<Long, Map.Entry<String, Long>> THREAD_CPU = new ConcurrentHashMap<>();

    static {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isThreadCpuTimeSupported()) {
            threads.setThreadCpuTimeEnabled(true);
            Thread sampler = new Thread(() -> {
                while (true) {
                    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                        if (info != null) {
                            long cpu = threads.getThreadCpuTime(info.getThreadId());
                            if (cpu > 0) {
                                THREAD_CPU.put(info.getThreadId(), Map.entry(info.getThreadName(), cpu));
                            }
                        }
                    }
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "thread-cpu-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }
    }

    /** The job's task threads (the cluster's own and the JVM's left out) that used at least 0.1 s, busiest first. */
    static String taskThreads(Map<Long, Long> before) {
        StringBuilder out = new StringBuilder();
        THREAD_CPU.entrySet().stream()
                .filter(e -> e.getValue().getKey().contains("(") && e.getValue().getKey().contains("/"))
                .map(e -> Map.entry(e.getValue().getKey(),
                        e.getValue().getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() >= 100_000_000L)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                        .append(String.format(Locale.ROOT, "%.2f s", e.getValue() / 1e9)));
        return out.length() == 0 ? "none" : out.toString();
    }

    /** Wall and process CPU time at the start of one step, and the threads' CPU times then. */
    record Measure(long wallNanos, long cpuNanos, Map<Long, Long> threadCpu) {

        static Measure start() {
            LIVE_PEAK.set(0);
            Map<Long, Long> threads = new HashMap<>();
            THREAD_CPU.forEach((id, e) -> threads.put(id, e.getValue()));
            return new Measure(System.nanoTime(), processCpuNanos(), threads);
        }

        void print(String round, String what, long events, int slots, String note) {
            double wall = (System.nanoTime() - wallNanos) / 1e9;
            double cpu = (processCpuNanos() - cpuNanos) / 1e9;
            double rate = events / wall;
            if (!what.contains("in-JVM")) {
                System.out.println(round + ": " + what + " task threads' CPU: " + taskThreads(threadCpu));
            }
            // one write per line: the cluster logs to the same stream from other threads
            System.out.println(String.format(Locale.ROOT, "%s: %-10s %,d events, %d slot%s: wall %.1f s, %,.0f ev/s,"
                            + " %,.0f ev/s per slot; process CPU %.1f s (%.2f us/event)%s; %s", round, what, events,
                    slots, slots == 1 ? "" : "s", wall, rate, rate / slots, cpu, cpu * 1e6 / events,
                    note.isEmpty() ? "" : "; " + note, memory()) + (LIVE_PEAK.get() == 0 ? ", no GC during the step"
                    : String.format(Locale.ROOT, ", live heap after GC at most %d MiB during the step",
                            LIVE_PEAK.get() >> 20)));
        }
    }

    /** CPU time of the whole JVM (all threads, garbage collection and JIT included); 0 if the JVM cannot tell. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** Heap in use and committed, and the process's resident set size now and at its peak (Linux). */
    static String memory() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        StringBuilder rss = new StringBuilder();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                    rss.append(rss.length() == 0 ? "" : ", ").append(line.replaceAll("\\s+", " "));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            rss.append("RSS unknown (").append(e.getMessage()).append(')');
        }
        return String.format(Locale.ROOT, "heap used %d MiB, committed %d MiB; %s", heap.getUsed() >> 20,
                heap.getCommitted() >> 20, rss);
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

    private static StreamExecutionEnvironment env(int slots) {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        return StreamExecutionEnvironment.createLocalEnvironment(slots, conf);
    }

    static void runSlaJob(long count, int slots, SlaStateRetention retention) throws Exception {
        StreamExecutionEnvironment env = env(slots);
        DataGeneratorSource<TicketEvent> source = new DataGeneratorSource<>(new TicketEventGenerator(count, 1), count,
                SlaStreams.ticketEventType());
        SlaStreams.evaluate(env.fromSource(source, SlaStreams.watermarks(Duration.ZERO), "tickets").setParallelism(1),
                        new Slas(), retention)
                .sinkTo(new Discard<>());
        env.execute("sla-throughput");
    }

    static void runKpiJob(long count, int slots) throws Exception {
        StreamExecutionEnvironment env = env(slots);
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
