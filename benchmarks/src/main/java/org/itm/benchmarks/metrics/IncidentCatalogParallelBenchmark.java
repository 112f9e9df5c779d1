package org.itm.benchmarks.metrics;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.itm.benchmarks.ProcessProbe;
import org.itm.core.time.BusinessCalendar;
import org.itm.metrics.catalog.IncidentKpis;
import org.itm.metrics.input.IncidentRecord;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResults;
import org.jspecify.annotations.Nullable;
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
 * Claim (issue 17, §1.2): the incident catalog over records already in memory at 1 and 2 threads, ITM's
 * {@link KpiEngine#computeParallel} next to DuckDB ({@code SET threads}) on the same generated records in the same
 * run. Generation and loading happen in the trial set-up and are not measured on either side. DuckDB gets the
 * business hours precomputed at load time (SQL has no business calendar), which favours it, and uses its
 * {@code approx_quantile}; ITM's percentiles are exact up to {@link KpiEngine#EXACT_PERCENTILE_LIMIT} values per
 * group and estimated beyond.
 *
 * <p>ITM at 1 thread is one chunk on the calling thread (the single-threaded engine). At {@code n > 1} threads on a
 * fork-join pool of {@code n} threads, {@code itmCatalog} splits the records into {@code n} chunks, one per thread,
 * as {@link KpiEngine#computeParallel(List)} does with the common pool; {@code itmCatalogFourChunksPerThread} splits
 * them into {@code 4n}, which lets the other threads take over when one stalls on a shared machine but builds and
 * merges four times the partial states.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IncidentCatalogParallelBenchmark {

    /**
     * The generated records and the thread count, shared by both sides. Each side keeps its own state, so a fork
     * that measures ITM holds no DuckDB database (nor its native memory and worker threads) and a fork that measures
     * DuckDB builds no ITM engine or pool.
     */
    @State(Scope.Benchmark)
    public static class Input {

        /** 1 M by default; the 10 M with {@code -p records=10000000} and a larger heap (see RESULTS.md). */
        @Param("1000000")
        public int records;

        @Param({"1", "2"})
        public int threads;

        List<IncidentRecord> data = List.of();

        @Setup
        public void generate() {
            IncidentGenerator generator = new IncidentGenerator(42);
            List<IncidentRecord> out = new ArrayList<>(records);
            for (int i = 0; i < records; i++) {
                out.add(generator.next());
            }
            data = out;
        }
    }

    /** ITM's engine for the incident catalog and a fork-join pool of {@link Input#threads} threads. */
    @State(Scope.Benchmark)
    public static class ItmSide {

        @Nullable KpiEngine<IncidentRecord> engine;
        @Nullable ForkJoinPool pool;

        @Setup
        public void setUp(Input input) {
            BusinessCalendar calendar = BusinessCalendar.weekdays(IncidentCatalogBenchmark.ZONE, LocalTime.of(8, 0),
                    LocalTime.of(18, 0));
            engine = KpiEngine.create(IncidentKpis.schema(calendar),
                    IncidentKpis.catalog(IncidentCatalogBenchmark.ZONE));
            pool = new ForkJoinPool(input.threads);
        }

        @TearDown
        public void tearDown() {
            Objects.requireNonNull(pool).shutdownNow();
        }
    }

    /** An in-memory DuckDB database limited to {@link Input#threads} threads, holding the same records. */
    @State(Scope.Benchmark)
    public static class DuckDbSide {

        @Nullable Connection connection;
        String sql = "";

        @Setup
        public void setUp(Input input) throws SQLException {
            Connection c = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = c.createStatement()) {
                s.execute("SET threads = " + input.threads);
            }
            Iterator<IncidentRecord> source = input.data.iterator();
            IncidentCatalogDuckDbBenchmark.load(c, input.records, source::next);
            connection = c;
            sql = IncidentCatalogDuckDbBenchmark.catalogSql("approx");
        }

        @TearDown
        public void tearDown() throws SQLException {
            Objects.requireNonNull(connection).close();
        }
    }

    @Benchmark
    public KpiResults itmCatalog(Input input, ItmSide itm, ProcessCpu cpu) {
        cpu.begin();
        KpiResults results = Objects.requireNonNull(itm.engine).computeParallel(input.data,
                Objects.requireNonNull(itm.pool), input.threads);
        cpu.end();
        return results;
    }

    @Benchmark
    public KpiResults itmCatalogFourChunksPerThread(Input input, ItmSide itm, ProcessCpu cpu) {
        cpu.begin();
        KpiResults results = Objects.requireNonNull(itm.engine).computeParallel(input.data,
                Objects.requireNonNull(itm.pool), input.threads == 1 ? 1 : 4 * input.threads);
        cpu.end();
        return results;
    }

    @Benchmark
    public long duckDbCatalog(DuckDbSide duck, ProcessCpu cpu) throws SQLException {
        cpu.begin();
        long rows = 0;
        double checksum = 0;
        try (Statement s = Objects.requireNonNull(duck.connection).createStatement();
             ResultSet rs = s.executeQuery(duck.sql)) {
            while (rs.next()) {
                rows++;
                checksum += rs.getDouble("mttr_median") + rs.getDouble("sla");
            }
        }
        cpu.end();
        return rows + (long) checksum;
    }

    /**
     * Load-independent figures of ITM's side: heap bytes allocated and thread CPU time per record of
     * {@code computeParallel} at 1 and 2 threads, summed over every Java thread of the process (the calling thread
     * and the pool's workers), after warm-up rounds, with the collections that ran during each call. Arguments:
     * records (default 1 000 000), rounds (default 8).
     */
    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        IncidentGenerator generator = new IncidentGenerator(42);
        List<IncidentRecord> data = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            data.add(generator.next());
        }
        BusinessCalendar calendar = BusinessCalendar.weekdays(IncidentCatalogBenchmark.ZONE, LocalTime.of(8, 0),
                LocalTime.of(18, 0));
        KpiEngine<IncidentRecord> engine = KpiEngine.create(IncidentKpis.schema(calendar),
                IncidentKpis.catalog(IncidentCatalogBenchmark.ZONE));
        ForkJoinPool[] pools = {new ForkJoinPool(1), new ForkJoinPool(2)};
        // (threads, chunks): one thread, then two threads with 8 chunks and with one chunk per thread
        int[][] configs = {{1, 1}, {2, 8}, {2, 2}};
        // warm-up rounds first, then the configurations in turn, so all see the same JIT state and machine load
        for (int round = -3; round < rounds; round++) {
            for (int[] config : configs) {
                int threads = config[0];
                int chunks = config[1];
                ForkJoinPool pool = pools[threads - 1];
                long[] gc0 = gcTotals();
                ProcessProbe.Measurement m = ProcessProbe.measure(() -> engine.computeParallel(data, pool, chunks)
                        .size());
                long[] gc = gcTotals();
                System.out.printf(Locale.ROOT,
                        "%s threads %d chunks %d: %.1f B/record, thread CPU %.0f ms, wall %.0f ms, %d results, "
                                + "GC %d ms in %d collections%n",
                        round < 0 ? "warm-up" : "round " + round, threads, chunks, (double) m.allocatedBytes() / records,
                        m.cpuNanos() / 1e6, m.wallNanos() / 1e6, m.result(), gc[0] - gc0[0], gc[1] - gc0[1]);
            }
        }
        pools[0].shutdownNow();
        pools[1].shutdownNow();
    }

    /**
     * What the collectors report so far: {@code {milliseconds spent in collections (pauses and concurrent work, as
     * each counts), number of collections}}.
     */
    private static long[] gcTotals() {
        long[] sum = new long[2];
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum[0] += Math.max(0, gc.getCollectionTime());
            sum[1] += Math.max(0, gc.getCollectionCount());
        }
        return sum;
    }
}
