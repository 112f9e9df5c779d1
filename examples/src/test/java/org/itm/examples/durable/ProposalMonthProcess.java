package org.itm.examples.durable;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.itm.core.outbox.Outbox;
import org.itm.core.outbox.OutboxDispatcher;
import org.itm.core.outbox.OutboxStatus;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.notify.webhook.WebhookNotifier;
import org.itm.operations.incident.Incident;
import org.itm.operations.problem.ProblemDetector;
import org.itm.operations.problem.ProposalMemory;
import org.itm.store.jdbc.JdbcDocumentStore;

/**
 * The process the proposal kill-and-restart test starts, kills and starts again: runs the problem detector of
 * {@link ProposalMonth} step by step from where its stored progress says, with a stored proposal memory, dispatches
 * the outbox after every step, and prints {@code DONE} when every step ran and every proposal was delivered.
 * Arguments: JDBC URL, webhook URL, run prefix, seed, incident count.
 */
public final class ProposalMonthProcess {

    /** How far the detector got: the next step to run. */
    record Progress(String run, int nextStep) {
    }

    /**
     * Steps between progress saves. A restart runs again at most these; that proposes nothing twice, since the
     * incidents a step proposed are claimed, and those proposed later were ones no earlier step put in a set.
     */
    static final int SAVE_EVERY = 16;

    private ProposalMonthProcess() {
    }

    public static void main(String[] args) {
        String url = args[0];
        URI webhookUri = URI.create(args[1]);
        String run = args[2];
        List<Incident> incidents = ProposalMonth.incidents(run, Long.parseLong(args[3]), Integer.parseInt(args[4]));
        EscalationWeek.SimulatedClock clock = new EscalationWeek.SimulatedClock();
        try (JdbcDocumentStore store = JdbcDocumentStore.builder().url(url).build()) {
            Outbox outbox = Outbox.create(store);
            String notifier = "hook-" + run;
            ProblemDetector detector = ProposalMonth.detector().withMemory(ProposalMemory.builder(outbox)
                    .notifier(notifier).recipients("problem-managers").clock(clock).build());
            OutboxDispatcher dispatcher = OutboxDispatcher.builder(outbox).clock(clock)
                    .notifier(WebhookNotifier.builder().name(notifier).endpoint(webhookUri).clock(Clock.systemUTC())
                            .build())
                    .build();
            Repository<Progress> progress = Repository.builder(Progress.class, "proposal-progress")
                    .id(Progress::run).build(store);
            Versioned<Progress> saved = progress.get(run).orElseGet(() -> progress.create(new Progress(run, 0)));
            System.out.println("READY " + saved.value().nextStep());
            System.out.flush();
            for (int step = saved.value().nextStep(); step < ProposalMonth.STEPS; step++) {
                clock.set(ProposalMonth.at(step));
                ProposalMonth.detectAt(detector, incidents, step);
                dispatcher.drainOnce();
                if ((step + 1) % SAVE_EVERY == 0) {
                    saved = progress.update(new Progress(run, step + 1), saved.version());
                }
            }
            for (int round = 1; !outbox.entries().find(outbox.entries().query().where("notifier", notifier)
                    .where("status", OutboxStatus.PENDING.name()).withPageSize(1)).items().isEmpty(); round++) {
                if (round > 100) {
                    System.exit(3);
                }
                clock.set(ProposalMonth.at(ProposalMonth.STEPS + 40 * round));
                dispatcher.drainOnce();
            }
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
