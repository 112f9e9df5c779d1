package org.itm.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Measures one call by what every Java thread of the process allocated and spent in CPU time during it, next to
 * its wall time: figures that hold on a loaded machine, where wall time alone does not. Threads started during
 * the call count from zero.
 */
public final class ProcessProbe {

    /**
     * One measured call.
     *
     * @param allocatedBytes bytes allocated by all threads during the call
     * @param cpuNanos       CPU time of all threads during the call, in nanoseconds
     * @param wallNanos      elapsed time of the call, in nanoseconds
     * @param result         what the call returned (a count that keeps its work from being optimised away)
     */
    public record Measurement(long allocatedBytes, long cpuNanos, long wallNanos, long result) {
    }

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ProcessProbe() {
    }

    /**
     * Runs {@code call} once and measures it.
     *
     * @param call the work, returning a count
     * @return its allocation, CPU time, wall time and result
     */
    public static Measurement measure(LongSupplier call) {
        long[] ids = THREADS.getAllThreadIds();
        long bytes = sum(THREADS.getThreadAllocatedBytes(ids));
        long cpu = sum(THREADS.getThreadCpuTime(ids));
        long wall = System.nanoTime();
        long result = call.getAsLong();
        wall = System.nanoTime() - wall;
        long[] after = THREADS.getAllThreadIds();
        return new Measurement(sum(THREADS.getThreadAllocatedBytes(after)) - bytes,
                sum(THREADS.getThreadCpuTime(after)) - cpu, wall, result);
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += Math.max(0, v); // -1 for a thread that ended or is not measured
        }
        return s;
    }
}
