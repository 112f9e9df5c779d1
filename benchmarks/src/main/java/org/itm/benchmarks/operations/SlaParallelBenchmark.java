package org.itm.benchmarks.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.itm.operations.sla.SlaResult;
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
 * memory (about 1 KB each), so generation is not measured; every result is kept until the call returns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SlaParallelBenchmark {

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

    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }
}
