package org.itm.examples.durable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.operations.incident.IncidentId;
import org.itm.operations.problem.ProblemDetector;
import org.itm.operations.problem.ProblemProposal;
import org.itm.operations.problem.ProposalMemory;
import org.itm.store.jdbc.JdbcDocumentStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two months of scheduled problem detection in a child JVM over the JDBC store with a stored proposal memory,
 * killed with SIGKILL at random moments at least {@value #KILLS} times and started again each time: the store then
 * holds each proposal of an uninterrupted in-memory run once and no other, no incident is part of two proposals,
 * and the local webhook receiver (de-duplicating by the {@code Idempotency-Key} header) acted on each proposal
 * exactly once.
 */
class ProblemProposalKillRestartTest {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemProposalKillRestartTest.class);
    private static final int KILLS = 20;
    private static final int INCIDENTS = 360;
    private static final long SEED = 20260301L;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void noProposalIsMadeTwiceAndEachIsNotifiedOnceAcrossSigkillsOnH2() throws Exception {
        killAndRestartUntilDone("jdbc:h2:file:" + dir.resolve("proposals").toAbsolutePath(), "h2");
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void noProposalIsMadeTwiceAndEachIsNotifiedOnceAcrossSigkillsOnPostgres() throws Exception {
        String url = System.getenv(KillRestartHarness.POSTGRES_ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(), "PostgreSQL proposal kill-and-restart test SKIPPED: set "
                + KillRestartHarness.POSTGRES_ENV + " to a JDBC URL with user and password (run .ci/postgres.sh to"
                + " get one)");
        // a shared database keeps documents of earlier runs: a fresh prefix keeps this run's incidents its own
        killAndRestartUntilDone(url, "pg" + Long.toString(System.nanoTime(), 36));
    }

    private void killAndRestartUntilDone(String url, String run) throws Exception {
        long t0 = System.nanoTime();
        List<ProblemProposal> expected = uninterruptedRun(run);
        Set<String> expectedKeys = expected.stream().map(ProposalMemory::idempotencyKey).collect(Collectors.toSet());
        assertThat(expected).as("the months propose enough problems to be a test").hasSizeGreaterThan(20);
        try (KillRestartHarness.Receiver receiver = new KillRestartHarness.Receiver()) {
            KillRestartHarness.Outcome o = KillRestartHarness.killAndRestartUntilDone(dir, ProposalMonthProcess.class,
                    List.of(url, receiver.uri(), run, Long.toString(SEED), Integer.toString(INCIDENTS)), KILLS);
            int requests = receiver.requests();
            LOG.info("{}: {} kills, {} starts, {} proposals notified, {} requests; child start-ups {} ms in all,"
                    + " last run {} ms, {} ms in all", run, o.kills(), o.starts(), receiver.deliveries.size(),
                    requests, o.startupMillis(), o.lastRunMillis(), (System.nanoTime() - t0) / 1_000_000);
            assertThat(o.kills()).as("the process was killed before it finished").isGreaterThanOrEqualTo(KILLS);
            assertThat(receiver.withoutKey).hasValue(0);
            assertThat(receiver.deliveries.keySet()).as("proposals acted on, one per idempotency key")
                    .containsExactlyInAnyOrderElementsOf(expectedKeys);
        }
        try (JdbcDocumentStore store = JdbcDocumentStore.builder().url(url).build()) {
            Repository<ProblemProposal> stored = Repository.builder(ProblemProposal.class, ProposalMemory.PROPOSAL_TYPE)
                    .id(p -> org.itm.core.store.DocumentIds.forKey(ProposalMemory.setKey(p)))
                    .index("scope", p -> p.scope().name()).index("target", ProblemProposal::target).build(store);
            List<ProblemProposal> all = new ArrayList<>();
            for (int ci = 0; ci < 8; ci++) {
                Query q = stored.query().where("target", run + "-ci-" + ci);
                stored.findAll(q).stream().map(Versioned::value).forEach(all::add);
            }
            assertThat(all).extracting(ProposalMemory::setKey).as("each proposal stored once")
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(ProposalMemory::setKey).toList());
            Set<IncidentId> seen = new HashSet<>();
            all.forEach(p -> p.incidents().forEach(i -> assertThat(seen.add(i))
                    .as("%s is part of one proposal only", i.value()).isTrue()));
        }
    }

    /** The proposals made when nothing is killed: in-memory proposal memory. */
    private static List<ProblemProposal> uninterruptedRun(String run) {
        ProblemDetector detector = ProposalMonth.detector();
        var incidents = ProposalMonth.incidents(run, SEED, INCIDENTS);
        List<ProblemProposal> out = new ArrayList<>();
        for (int step = 0; step < ProposalMonth.STEPS; step++) {
            out.addAll(ProposalMonth.detectAt(detector, incidents, step));
        }
        return out;
    }
}
