package org.itm.benchmarks.store;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time and allocation per update of {@link DurableUpdateBenchmark}'s batched trials, measured on the calling
 * thread with {@link com.sun.management.ThreadMXBean}: figures that a loaded machine distorts far less than JMH's
 * wall-clock throughput (allocation not at all). Runs the benchmark's own methods on its own state: a quarter of
 * the invocations as warm-up, then {@code invocations} measured ones of {@value DurableUpdateBenchmark#BATCH}
 * updates each. The database's own threads (and PostgreSQL's server process) are not counted in the thread CPU
 * time; the process CPU time printed beside it counts every thread of this JVM.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.itm.benchmarks.store.DurableUpdateCpuHarness h2-file 200 [history]
 * </pre>
 *
 * <p>{@code history} is the benchmark's parameter of that name: 20 (default) replaces an aggregate by a fresh one
 * after 20 history entries, 0 lets every history grow through the run.
 */
public final class DurableUpdateCpuHarness {

    private DurableUpdateCpuHarness() {
    }

    /** CPU time so far of every live thread of this JVM but {@code self}, by thread id. */
    private static Map<Long, Long> otherThreadsCpu(com.sun.management.ThreadMXBean threads, long self) {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (id != self && t > 0) {
                cpu.put(id, t);
            }
        }
        return cpu;
    }

    private interface Trial {
        void run(DurableUpdateBenchmark b) throws Exception;
    }

    /**
     * Prints one line per batched trial.
     *
     * @param args the {@code db} parameter ({@code h2-file} or {@code postgresql}), the measured invocations and the
     *             {@code history} parameter
     * @throws Exception if a trial fails
     */
    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2-file";
        int invocations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int history = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<String> names = List.of("incidentUpdateBatched", "incidentUpdateBatchedBareJdbc", "changeUpdateBatched",
                "changeUpdateBatchedBareJdbc");
        List<Trial> trials = List.of(DurableUpdateBenchmark::incidentUpdateBatched,
                DurableUpdateBenchmark::incidentUpdateBatchedBareJdbc, DurableUpdateBenchmark::changeUpdateBatched,
                DurableUpdateBenchmark::changeUpdateBatchedBareJdbc);
        long thread = Thread.currentThread().getId();
        for (int t = 0; t < trials.size(); t++) {
            DurableUpdateBenchmark b = new DurableUpdateBenchmark();
            b.db = db;
            b.n = 1000;
            b.history = history;
            b.open();
            try {
                for (int i = 0; i < invocations / 4; i++) {
                    trials.get(t).run(b);
                }
                long cpu0 = threads.getCurrentThreadCpuTime();
                long bytes0 = threads.getThreadAllocatedBytes(thread);
                long process0 = os.getProcessCpuTime();
                Map<Long, Long> others0 = otherThreadsCpu(threads, thread);
                long wall0 = System.nanoTime();
                for (int i = 0; i < invocations; i++) {
                    trials.get(t).run(b);
                }
                long wall = System.nanoTime() - wall0;
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                long bytes = threads.getThreadAllocatedBytes(thread) - bytes0;
                long process = os.getProcessCpuTime() - process0;
                double updates = (double) invocations * DurableUpdateBenchmark.BATCH;
                Map<Long, Long> others = otherThreadsCpu(threads, thread);
                StringBuilder busiest = new StringBuilder();
                others.entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), e.getValue() - others0.getOrDefault(e.getKey(), 0L)))
                        .filter(e -> e.getValue() > 0)
                        .sorted(Map.Entry.<Long, Long>comparingByValue().reversed()).limit(3)
                        .forEach(e -> {
                            var info = threads.getThreadInfo(e.getKey());
                            String name = info == null ? "#" + e.getKey() : info.getThreadName();
                            busiest.append(String.format(Locale.ROOT, " [%s %.1f us/update]", name,
                                    e.getValue() / 1e3 / updates));
                        });
                System.out.printf(Locale.ROOT, "%-30s %-10s history %3d thread CPU %7.1f us/update (%6.0f updates per CPU-s), "
                                + "process CPU %7.1f us/update, allocated %8.0f B/update, wall %7.1f us/update%n",
                        names.get(t), db, history, cpu / 1e3 / updates, updates / (cpu / 1e9), process / 1e3 / updates,
                        bytes / updates, wall / 1e3 / updates);
                if (busiest.length() > 0) {
                    System.out.println("    other threads of this JVM, busiest first (the rest of the process CPU "
                            + "is the JVM's own: collector, compilers):" + busiest);
                }
            } finally {
                b.close();
            }
        }
    }
}
