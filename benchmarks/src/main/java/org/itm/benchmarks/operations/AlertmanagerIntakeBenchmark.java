package org.itm.benchmarks.operations;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.itm.operations.alert.Alert;
import org.itm.operations.alert.AlertCorrelator;
import org.itm.operations.alert.ServiceDirectory;
import org.itm.operations.alert.intake.AlertImport;
import org.itm.operations.alert.intake.AlertIntake;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Claim (issue 16, §5): at least 50,000 Alertmanager alerts per second are parsed and correlated on one core. One
 * invocation reads 1,000 webhook payloads (version 4) of 50 alerts each — 50,000 alerts over 5,000 instances of 500
 * services, 80 % firing (many repeated, as Alertmanager re-sends a group's firing alerts), 20 % resolved, with
 * labels, annotations and a generator URL as Prometheus writes them — through {@link AlertIntake} (Jackson tree,
 * severity rules) and feeds every accepted alert to a fresh {@link AlertCorrelator}. The score is alerts/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AlertmanagerIntakeBenchmark {

    static final int PAYLOADS = 1_000;
    static final int ALERTS_PER_PAYLOAD = 50;
    private static final int INSTANCES = 5_000;

    private String[] payloads;
    private AlertIntake intake;
    private ServiceDirectory directory;

    @Setup
    public void setUp() {
        intake = AlertIntake.builder(Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC)).build();
        Map<String, Integer> tiers = new HashMap<>();
        for (int s = 0; s < 500; s++) {
            tiers.put("svc-" + s, 1 + s % 3);
        }
        directory = ServiceDirectory.of(Map.of(), tiers, 3);
        SplittableRandom r = new SplittableRandom(16);
        String[] severities = {"critical", "warning", "info", "major", "page"};
        Instant t0 = Instant.parse("2026-03-02T08:00:00Z");
        payloads = new String[PAYLOADS];
        for (int p = 0; p < PAYLOADS; p++) {
            StringBuilder b = new StringBuilder(ALERTS_PER_PAYLOAD * 700);
            b.append("{\"version\":\"4\",\"groupKey\":\"{}:{alertname=\\\"NodeHigh\\\"}\",\"truncatedAlerts\":0,")
                    .append("\"status\":\"firing\",\"receiver\":\"itm\",\"groupLabels\":{\"alertname\":\"NodeHigh\"},")
                    .append("\"commonLabels\":{},\"commonAnnotations\":{},\"externalURL\":\"http://am:9093\",\"alerts\":[");
            for (int a = 0; a < ALERTS_PER_PAYLOAD; a++) {
                int instance = r.nextInt(INSTANCES);
                int check = r.nextInt(4);
                boolean resolved = r.nextInt(100) < 20;
                Instant starts = t0.plus(Duration.ofMillis(60L * (p * ALERTS_PER_PAYLOAD + a)));
                b.append(a == 0 ? "" : ",").append("{\"status\":\"").append(resolved ? "resolved" : "firing")
                        .append("\",\"labels\":{\"alertname\":\"NodeCheck").append(check)
                        .append("\",\"instance\":\"node-").append(instance).append(":9100\",\"job\":\"node\",")
                        .append("\"service\":\"svc-").append(instance % 500).append("\",\"severity\":\"")
                        .append(severities[r.nextInt(severities.length)]).append("\"},")
                        .append("\"annotations\":{\"summary\":\"check ").append(check).append(" failing on node-")
                        .append(instance).append("\",\"runbook_url\":\"https://runbooks.example.org/node/")
                        .append(check).append("\"},\"startsAt\":\"").append(starts).append("\",\"endsAt\":\"")
                        .append(resolved ? starts.plusSeconds(30).toString() : "0001-01-01T00:00:00Z")
                        .append("\",\"generatorURL\":\"http://prometheus:9090/graph?g0.expr=up%3D%3D0\",")
                        .append("\"fingerprint\":\"").append(String.format("%016x", instance * 4L + check))
                        .append("\"}");
            }
            payloads[p] = b.append("]}").toString();
        }
    }

    /**
     * The benchmark thread's CPU time per invocation, for a machine shared with other work (where wall-clock
     * figures measure the neighbours): {@code java -cp benchmarks.jar ...AlertmanagerIntakeBenchmark [runs]}.
     *
     * @param args the number of runs (default 8; the first ones include JIT warm-up)
     */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        AlertmanagerIntakeBenchmark b = new AlertmanagerIntakeBenchmark();
        b.setUp();
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int alerts = PAYLOADS * ALERTS_PER_PAYLOAD;
        for (int r = 1; r <= runs; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            b.parseAndCorrelate(bh);
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("run %d: CPU %.3f s (%.0f alerts/s), wall %.3f s%n", r, cpuSeconds,
                    alerts / cpuSeconds, (System.nanoTime() - wall) / 1e9);
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAYLOADS * ALERTS_PER_PAYLOAD)
    public int parseAndCorrelate(Blackhole bh) {
        AlertCorrelator correlator = AlertCorrelator.builder(directory).build();
        for (String payload : payloads) {
            AlertImport read = intake.alertmanager(payload);
            for (Alert a : read.accepted()) {
                bh.consume(correlator.ingest(a));
            }
        }
        return correlator.openAlerts();
    }
}
