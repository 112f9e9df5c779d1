package org.itm.benchmarks.metrics;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Process CPU milliseconds spent in a benchmark call, reported next to wall-clock time: on a shared machine the
 * CPU time is the fairer single-core figure, and it includes DuckDB's native worker threads.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ProcessCpu {

    /** CPU milliseconds of the last measured call. */
    public double cpuMillis;

    private long start;

    @Setup(Level.Iteration)
    public void reset() {
        cpuMillis = 0;
    }

    void begin() {
        start = now();
    }

    void end() {
        cpuMillis += (now() - start) / 1e6;
    }

    private static long now() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
