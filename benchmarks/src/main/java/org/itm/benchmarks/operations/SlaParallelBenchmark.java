package org.itm.benchmarks.operations;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.ObjectName;
import org.itm.benchmarks.ProcessProbe;
import org.itm.operations.sla.SlaCompliance;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatusCounts;
import org.itm.operations.sla.SlaTimeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Claim (issue 17, §1.2): the timelines of {@link SlaEvaluationBenchmark} × its 3 SLA definitions through
 * {@code SlaEngine.evaluateBatch} at 1 and 2 threads. The timelines are generated in the trial set-up and held in
 * memory (about 1 KB each), so generation is not measured; {@code evaluateBatch} keeps every result until the call
 * returns, {@code complianceFold} builds every full result as {@code evaluateBatch} does but folds it into a monthly
 * compliance report per service and team ({@code foldBatch}) instead of keeping it, and {@code summarizeBatch}
 * counts statuses per definition without building the results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SlaParallelBenchmark {

    /** The zone whose calendar months {@link #complianceFold} reports by. */
    private static final ZoneId REPORT_ZONE = ZoneId.of("Europe/Berlin");

    @Param("1000000")
    public int timelines;

    @Param({"1", "2"})
    public int threads;

    private final SlaEvaluationBenchmark sla = new SlaEvaluationBenchmark();
    private List<SlaTimeline> data;
    private Instant at;
    private ForkJoinPool pool;

    @Setup
    public void setUp() {
        sla.setUp();
        data = new ArrayList<>(timelines);
        Instant last = Instant.MIN;
        for (long i = 0; i < timelines; i++) {
            SlaTimeline t = SlaEvaluationBenchmark.timeline(i);
            data.add(t);
            Instant end = t.events().get(t.events().size() - 1).at();
            last = end.isAfter(last) ? end : last;
        }
        at = last.plus(Duration.ofHours(1));
        pool = new ForkJoinPool(threads);
    }

    @Benchmark
    public List<List<SlaResult>> evaluateBatch() {
        return sla.engine().evaluateBatch(sla.definitions(), data, at, pool, threads == 1 ? 1 : 4 * threads);
    }

    /**
     * The same evaluation, every full result built and folded into a compliance report by month, service and team,
     * none kept: what a monthly SLA report over the batch costs.
     */
    @Benchmark
    public SlaCompliance complianceFold() {
        return sla.engine().foldBatch(sla.definitions(), data, at, pool, threads == 1 ? 1 : 4 * threads,
                () -> SlaCompliance.inZone(REPORT_ZONE),
                (part, timeline, results) -> results.forEach(r -> part.add(r, timeline.attributes())),
                SlaCompliance::merge);
    }

    /** The same evaluation, counting statuses per definition instead of keeping the 3 M results. */
    @Benchmark
    public Map<String, SlaStatusCounts> summarizeBatch() {
        return sla.engine().summarizeBatch(sla.definitions(), data, at, pool, threads == 1 ? 1 : 4 * threads);
    }

    /**
     * Load-independent figures: heap bytes allocated and thread CPU time per timeline of {@code evaluateBatch} and
     * {@code summarizeBatch} at 1 and 2 threads, summed over the process's Java threads, after warm-up rounds, and
     * wall time, and the collectors' pause time during the call (this one depends on the load and the collector).
     * Arguments: timelines (default 1 000 000), rounds (default 3); or timelines and {@code retained} for the heap
     * histogram of what one call's answer keeps alive.
     */
    public static void main(String[] args) throws JMException {
        if (args.length > 1 && args[1].equals("retained")) {
            retained(Integer.parseInt(args[0]));
            return;
        }
        SlaParallelBenchmark b = new SlaParallelBenchmark();
        b.timelines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        b.threads = 1;
        b.setUp();
        ForkJoinPool[] pools = {b.pool, new ForkJoinPool(2)};
        for (int round = -2; round < rounds; round++) {
            for (int variant = 0; variant < 6; variant++) {
                int threads = 1 + variant % 2;
                int kind = variant / 2;
                b.pool = pools[threads - 1];
                b.threads = threads;
                long gcMillis = gcMillis();
                ProcessProbe.Measurement m = ProcessProbe.measure(() -> switch (kind) {
                    case 0 -> b.evaluateBatch().stream().mapToLong(List::size).sum();
                    case 1 -> b.complianceFold().report().overall().total();
                    default -> b.summarizeBatch().values().stream().mapToLong(SlaStatusCounts::total).sum();
                });
                gcMillis = gcMillis() - gcMillis;
                System.out.printf(Locale.ROOT,
                        "%s %s threads %d: %.0f B/timeline, thread CPU %.0f ms, wall %.0f ms, GC pauses %d ms,"
                                + " %d results%n",
                        round < 0 ? "warm-up" : "round " + round,
                        List.of("evaluateBatch", "complianceFold", "summarizeBatch").get(kind),
                        threads, (double) m.allocatedBytes() / b.timelines, m.cpuNanos() / 1e6, m.wallNanos() / 1e6,
                        gcMillis, m.result());
            }
        }
        pools[0].shutdownNow();
        pools[1].shutdownNow();
    }

    /**
     * What the results of one {@code evaluateBatch} keep alive: the heap histogram (live objects, after a full
     * collection) before the call and while its answer is still held, top 40 classes each; the difference is the
     * answer. Argument {@code retained} after the timeline count.
     */
    private static void retained(int timelines) throws JMException {
        SlaParallelBenchmark b = new SlaParallelBenchmark();
        b.timelines = timelines;
        b.threads = 1;
        b.setUp();
        System.out.println(b.evaluateBatch().size() + " timelines evaluated once to warm up");
        String before = histogram();
        List<List<SlaResult>> kept = b.evaluateBatch();
        String after = histogram();
        System.out.println("=== before\n" + before.lines().limit(43).collect(Collectors.joining("\n")));
        System.out.println("=== while the results are held\n"
                + after.lines().limit(43).collect(Collectors.joining("\n")));
        System.out.println(kept.stream().mapToLong(List::size).sum() + " results held");
        b.tearDown();
    }

    private static String histogram() throws JMException {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    /** Total time the collectors report for their collections so far (pauses, for G1's young and mixed ones). */
    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }
}
