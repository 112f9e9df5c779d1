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
import org.itm.operations.escalation.EscalationEngine;
import org.itm.operations.escalation.StoredEscalationLedger;
import org.itm.operations.sla.SlaTimeline;
import org.itm.store.jdbc.JdbcDocumentStore;

/**
 * The process the kill-and-restart test starts, kills and starts again: evaluates the escalation week minute by
 * minute from where its stored progress says, dispatches the outbox after every minute, and prints {@code DONE} when
 * the week is evaluated and every notification delivered. Arguments: JDBC URL, webhook URL, run prefix, seed,
 * ticket count.
 */
public final class EscalationWeekProcess {

    /** How far the simulation got: the next minute to evaluate. */
    record Progress(String run, int nextMinute) {
    }

    /** Minutes between progress saves; a restart re-evaluates at most these, which fires nothing again. */
    static final int SAVE_EVERY = 30;

    private EscalationWeekProcess() {
    }

    private static boolean pendingExist(Outbox outbox, String notifier) {
        return !outbox.entries().find(outbox.entries().query().where("notifier", notifier)
                .where("status", OutboxStatus.PENDING.name()).withPageSize(1)).items().isEmpty();
    }

    public static void main(String[] args) {
        String url = args[0];
        URI webhookUri = URI.create(args[1]);
        String run = args[2];
        long seed = Long.parseLong(args[3]);
        int count = Integer.parseInt(args[4]);
        List<SlaTimeline> tickets = EscalationWeek.tickets(run, seed, count);
        EscalationWeek.SimulatedClock clock = new EscalationWeek.SimulatedClock();
        try (JdbcDocumentStore store = JdbcDocumentStore.builder().url(url).build()) {
            Outbox outbox = Outbox.create(store);
            String notifier = "hook-" + run;
            EscalationEngine engine = EscalationEngine.create(EscalationWeek.RULES,
                    StoredEscalationLedger.create(outbox), notifier);
            OutboxDispatcher dispatcher = OutboxDispatcher.builder(outbox).clock(clock)
                    .notifier(WebhookNotifier.builder().name(notifier).endpoint(webhookUri).clock(Clock.systemUTC())
                            .build())
                    .build();
            Repository<Progress> progress = Repository.builder(Progress.class, "week-progress")
                    .id(Progress::run).build(store);
            Versioned<Progress> saved = progress.get(run).orElseGet(() -> progress.create(new Progress(run, 0)));
            System.out.println("READY " + saved.value().nextMinute());
            System.out.flush();
            for (int m = saved.value().nextMinute(); m < EscalationWeek.MINUTES; m++) {
                clock.set(EscalationWeek.minute(m));
                EscalationWeek.evaluateMinute(engine, tickets, EscalationWeek.minute(m));
                dispatcher.drainOnce();
                if ((m + 1) % SAVE_EVERY == 0) {
                    saved = progress.update(new Progress(run, m + 1), saved.version());
                }
            }
            // deliver what is left, moving the clock past any backoff; give up (exit 3) rather than loop forever
            for (int round = 1; pendingExist(outbox, notifier); round++) {
                if (round > 100) {
                    System.exit(3);
                }
                clock.set(EscalationWeek.minute(EscalationWeek.MINUTES + 10 * round));
                dispatcher.drainOnce();
            }
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
