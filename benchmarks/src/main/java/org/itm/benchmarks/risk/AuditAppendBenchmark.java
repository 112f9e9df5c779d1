package org.itm.benchmarks.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.itm.risk.audit.AuditEntry;
import org.itm.risk.audit.AuditLog;
import org.itm.risk.audit.AuditOutcome;
import org.itm.risk.audit.AuditRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Claim (issue 4, §6): appending to the tamper-evident audit log sustains at least 200,000 entries/s on one core
 * (chain hash + Merkle leaf + incremental tree head per entry, in-memory store).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AuditAppendBenchmark {

    private AuditLog log;
    private AuditEntry[] entries;
    private int next;

    @Setup(Level.Iteration)
    public void setUp() {
        Instant t0 = Instant.parse("2026-03-01T09:00:00Z");
        log = AuditLog.inMemory(Clock.fixed(t0, ZoneOffset.UTC));
        entries = new AuditEntry[1024];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new AuditEntry(t0.plusMillis(i), "user-" + (i % 50), "change.approve", "CHG-" + i,
                    AuditOutcome.SUCCESS, Map.of("ip", "10.0." + (i % 256) + ".1", "reason", "scheduled"));
        }
        next = 0;
    }

    @Benchmark
    public AuditRecord append() {
        return log.append(entries[next++ & 1023]);
    }
}
