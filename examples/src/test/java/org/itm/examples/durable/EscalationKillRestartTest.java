package org.itm.examples.durable;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.itm.core.notify.Notification;
import org.itm.core.notify.RecordingNotifier;
import org.itm.operations.escalation.EscalationEngine;
import org.itm.operations.escalation.EscalationLedger;
import org.itm.operations.sla.SlaTimeline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A week of minute-by-minute escalation evaluation in a child JVM over the JDBC store, killed with SIGKILL at
 * random moments at least {@value #KILLS} times and started again each time: a local webhook receiver, which
 * de-duplicates by the {@code Idempotency-Key} header as a receiver that honours it does, has then acted on every
 * threshold of every SLA cycle exactly once — the same set of notifications an uninterrupted in-memory run sends —
 * and on nothing else.
 */
class EscalationKillRestartTest {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationKillRestartTest.class);
    private static final int KILLS = 20;
    private static final int TICKETS = 24;
    private static final long SEED = 20260302L;
    private static final String POSTGRES_ENV = "ITM_TEST_POSTGRES_URL";

    @TempDir
    Path dir;

    /** Counts requests per idempotency key, answering 200 to each. */
    private static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        final AtomicInteger withoutKey = new AtomicInteger();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                if (key == null) {
                    withoutKey.incrementAndGet();
                } else {
                    deliveries.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }

        String uri() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void everyThresholdOfEveryCycleIsNotifiedExactlyOnceAcrossSigkillsOnH2() throws Exception {
        killAndRestartUntilDone("jdbc:h2:file:" + dir.resolve("week").toAbsolutePath(), "h2");
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void everyThresholdOfEveryCycleIsNotifiedExactlyOnceAcrossSigkillsOnPostgres() throws Exception {
        String url = System.getenv(POSTGRES_ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(), "PostgreSQL kill-and-restart test SKIPPED: set "
                + POSTGRES_ENV + " to a JDBC URL with user and password (run .ci/postgres.sh to get one)");
        // a shared database keeps documents of earlier runs: a fresh prefix keeps this run's keys its own
        killAndRestartUntilDone(url, "pg" + Long.toString(System.nanoTime(), 36));
    }

    private void killAndRestartUntilDone(String url, String run) throws Exception {
        long t0 = System.nanoTime();
        Set<String> expected = uninterruptedRun(run);
        long referenceMillis = (System.nanoTime() - t0) / 1_000_000;
        long startupMillis = 0;
        long lastRunMillis = 0;
        assertThat(expected).as("the week escalates enough to be a test").hasSizeGreaterThan(40)
                .anyMatch(k -> k.endsWith("|cycle2"));
        SplittableRandom random = new SplittableRandom();
        try (Receiver receiver = new Receiver()) {
            int kills = 0;
            int starts = 0;
            while (true) {
                starts++;
                Path out = dir.resolve("run-" + starts + ".out");
                long started = System.nanoTime();
                Process child = start(url, receiver.uri(), run, out);
                try {
                    awaitLine(child, out, "READY");
                    long ready = System.nanoTime();
                    startupMillis += (ready - started) / 1_000_000;
                    if (kills < KILLS) {
                        Thread.sleep(50 + random.nextInt(300));
                        if (child.isAlive()) {
                            child.destroyForcibly();
                            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
                            kills++;
                            continue;
                        }
                    }
                    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the last run finishes").isTrue();
                    lastRunMillis = (System.nanoTime() - ready) / 1_000_000;
                    assertThat(child.exitValue()).as("exit status of run %d:%n%s", starts,
                            Files.readString(dir.resolve("run-" + starts + ".err"))).isZero();
                    assertThat(Files.readString(out)).contains("DONE");
                    break;
                } finally {
                    child.destroyForcibly();
                }
            }
            int requests = receiver.deliveries.values().stream().mapToInt(AtomicInteger::get).sum();
            LOG.info("{}: {} kills, {} starts, {} notifications, {} requests (re-deliveries after a kill: {}); "
                    + "reference run {} ms, child start-ups {} ms in all, last run {} ms, {} ms in all", run, kills, starts,
                    receiver.deliveries.size(), requests, requests - receiver.deliveries.size(), referenceMillis,
                    startupMillis, lastRunMillis, (System.nanoTime() - t0) / 1_000_000);
            assertThat(kills).as("the process was killed before it finished the week").isGreaterThanOrEqualTo(KILLS);
            assertThat(receiver.withoutKey).hasValue(0);
            assertThat(receiver.deliveries.keySet()).as("notifications acted on, one per idempotency key")
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** The idempotency keys the week notifies when nothing is killed: in-memory ledger, recording notifier. */
    private static Set<String> uninterruptedRun(String run) {
        List<SlaTimeline> tickets = EscalationWeek.tickets(run, SEED, TICKETS);
        RecordingNotifier recorder = RecordingNotifier.create();
        EscalationEngine engine = EscalationEngine.create(EscalationWeek.RULES, EscalationLedger.inMemory(), recorder);
        for (int m = 0; m < EscalationWeek.MINUTES; m++) {
            EscalationWeek.evaluateMinute(engine, tickets, EscalationWeek.minute(m));
        }
        List<String> keys = recorder.received().stream().map(Notification::idempotencyKey)
                .map(k -> k.orElseThrow()).toList();
        assertThat(keys).doesNotHaveDuplicates();
        return keys.stream().collect(Collectors.toSet());
    }

    private Process start(String url, String webhook, String run, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path err = dir.resolve(out.getFileName().toString().replace(".out", ".err"));
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), EscalationWeekProcess.class.getName(), url, webhook, run,
                Long.toString(SEED), Integer.toString(TICKETS))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
    }

    private static void awaitLine(Process child, Path out, String prefix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(out, StandardCharsets.UTF_8).contains(prefix)) {
            assertThat(child.isAlive() || Files.readString(out).contains(prefix))
                    .as("the child is starting (exit %s)", child.isAlive() ? "-" : child.exitValue()).isTrue();
            assertThat(System.nanoTime()).as("the child printed %s within 30 s", prefix).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
