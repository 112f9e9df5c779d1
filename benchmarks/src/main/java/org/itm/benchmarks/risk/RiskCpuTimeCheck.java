package org.itm.benchmarks.risk;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.itm.risk.audit.AuditEntry;
import org.itm.risk.audit.AuditLog;
import org.itm.risk.audit.AuditOutcome;

/**
 * Companion to {@link AuditAppendBenchmark} and {@link FairSimulationBenchmark} for an overloaded shared machine:
 * measures the same work in thread CPU time (what "on one core" means) rather than wall time.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar org.itm.benchmarks.risk.RiskCpuTimeCheck}.
 */
public final class RiskCpuTimeCheck {

    private RiskCpuTimeCheck() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        FairSimulationBenchmark fair = new FairSimulationBenchmark();
        for (int round = 0; round < 8; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            fair.millionIterationsExpectedLoss();
            long c1 = mx.getCurrentThreadCpuTime();
            fair.millionIterations();
            long c2 = mx.getCurrentThreadCpuTime();
            fair.millionIterationsWithValueAtRisk();
            long c3 = mx.getCurrentThreadCpuTime();
            System.out.printf("FAIR 1M iterations, CPU ms: expected loss %.1f, distribution %.1f, with VaR95 %.1f%n",
                    (c1 - c0) / 1e6, (c2 - c1) / 1e6, (c3 - c2) / 1e6);
        }
        Instant t0 = Instant.parse("2026-03-01T09:00:00Z");
        AuditEntry[] entries = new AuditEntry[1024];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new AuditEntry(t0.plusMillis(i), "user-" + (i % 50), "change.approve", "CHG-" + i,
                    AuditOutcome.SUCCESS, Map.of("ip", "10.0." + (i % 256) + ".1", "reason", "scheduled"));
        }
        for (int round = 0; round < 6; round++) {
            AuditLog log = AuditLog.inMemory(Clock.fixed(t0, ZoneOffset.UTC));
            int n = 500_000;
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                log.append(entries[i & 1023]);
            }
            long c1 = mx.getCurrentThreadCpuTime();
            System.out.printf("audit append: %.0f entries per CPU-second%n", n / ((c1 - c0) / 1e9));
        }
    }
}
