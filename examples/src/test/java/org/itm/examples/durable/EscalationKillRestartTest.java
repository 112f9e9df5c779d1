package org.itm.examples.durable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
    private static final String POSTGRES_ENV = KillRestartHarness.POSTGRES_ENV;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void everyThresholdOfEveryCycleIsNotifiedExactlyOnceAcrossSigkillsOnH2() throws Exception {
        killAndRestartUntilDone("jdbc:h2:file:" + dir.resolve("week").toAbsolutePath(), "h2");
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
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
        assertThat(expected).as("the week escalates enough to be a test").hasSizeGreaterThan(40)
                .anyMatch(k -> k.endsWith("|cycle2"));
        try (KillRestartHarness.Receiver receiver = new KillRestartHarness.Receiver()) {
            KillRestartHarness.Outcome o = KillRestartHarness.killAndRestartUntilDone(dir, EscalationWeekProcess.class,
                    List.of(url, receiver.uri(), run, Long.toString(SEED), Integer.toString(TICKETS)), KILLS);
            int requests = receiver.requests();
            LOG.info("{}: {} kills, {} starts, {} notifications, {} requests (re-deliveries after a kill: {}); "
                    + "reference run {} ms, child start-ups {} ms in all, last run {} ms, {} ms in all", run, o.kills(),
                    o.starts(), receiver.deliveries.size(), requests, requests - receiver.deliveries.size(),
                    referenceMillis, o.startupMillis(), o.lastRunMillis(), (System.nanoTime() - t0) / 1_000_000);
            assertThat(o.kills()).as("the process was killed before it finished the week").isGreaterThanOrEqualTo(KILLS);
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
}
