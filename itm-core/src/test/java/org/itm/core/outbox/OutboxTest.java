package org.itm.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;
import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.MutableClock;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Notifier;
import org.itm.core.notify.RecordingNotifier;
import org.itm.core.notify.Severity;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.Document;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.Write;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    record Counter(String id, int value) {
    }

    private final DocumentStore store = DocumentStores.inMemory();
    private final Outbox outbox = Outbox.create(store);
    private final MutableClock clock = new MutableClock(T0);
    private final RecordingNotifier recorder = RecordingNotifier.create("ops");

    private static Notification page(String key) {
        return Notification.builder().channel("pager").recipients("duty").subject("escalated " + key)
                .severity(Severity.MAJOR).correlationId("INC-1").deduplicationKey(key).idempotencyKey(key).build();
    }

    private OutboxDispatcher.Builder dispatcher() {
        return OutboxDispatcher.builder(outbox).notifier(recorder).clock(clock).maxAttempts(3)
                .initialBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(15));
    }

    @Test
    void entryIsWrittenInTheSameAtomicBatchAsTheStateChange() {
        Repository<Counter> counters = Repository.builder(Counter.class, "counter").id(Counter::id).build(store);
        counters.create(new Counter("c", 1));
        List<Write> stale = List.of(counters.toUpdate(new Counter("c", 2), 7), outbox.enqueue("ops", page("k1"), T0));
        assertThatThrownBy(() -> store.write(stale)).isInstanceOf(StaleVersionException.class);
        assertThat(outbox.find("k1")).isEmpty();

        store.write(List.of(counters.toUpdate(new Counter("c", 2), 1), outbox.enqueue("ops", page("k1"), T0)));
        assertThat(outbox.find("k1").orElseThrow().value())
                .isEqualTo(OutboxEntry.pending("ops", page("k1"), T0));
    }

    @Test
    void aDecisionIsRecordedOncePerIdempotencyKey() {
        store.write(List.of(outbox.enqueue("ops", page("k1"), T0)));
        assertThatThrownBy(() -> store.write(List.of(outbox.enqueue("ops", page("k1"), T0.plusSeconds(5)))))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void notificationWithoutIdempotencyKeyCannotBeEnqueued() {
        Notification unkeyed = Notification.builder(page("k1")).build();
        Notification noKey = new Notification(unkeyed.channel(), unkeyed.recipients(), unkeyed.subject(),
                unkeyed.body(), unkeyed.severity(), unkeyed.correlationId(), unkeyed.deduplicationKey(),
                unkeyed.attributes());
        assertThatThrownBy(() -> outbox.enqueue("ops", noKey, T0)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("notification.idempotencyKey");
    }

    @Test
    void drainDeliversPendingEntriesOnceAndMarksThemSent() {
        store.write(List.of(outbox.enqueue("ops", page("k1"), T0), outbox.enqueue("ops", page("k2"), T0)));
        OutboxDispatcher d = dispatcher().build();

        assertThat(d.drainOnce()).isEqualTo(new DispatchReport(2, 0, 0, 0, 0));
        assertThat(d.drainOnce().idle()).isTrue();
        assertThat(recorder.received()).extracting(n -> n.idempotencyKey().orElseThrow())
                .containsExactlyInAnyOrder("k1", "k2");
        OutboxEntry sent = outbox.find("k1").orElseThrow().value();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(outbox.withStatus(OutboxStatus.PENDING, 10, Optional.empty()).items()).isEmpty();
    }

    @Test
    void entryDecidedInTheFutureWaitsUntilItIsDue() {
        store.write(List.of(outbox.enqueue("ops", page("k1"), T0.plusSeconds(60))));
        assertThat(dispatcher().build().drainOnce()).isEqualTo(new DispatchReport(0, 0, 0, 1, 0));
        clock.advance(Duration.ofSeconds(60));
        assertThat(dispatcher().build().drainOnce().sent()).isEqualTo(1);
    }

    @Test
    void failedDeliveryIsRetriedWithBackoffThenDeadLettered() {
        store.write(List.of(outbox.enqueue("ops", page("k1"), T0)));
        List<OutboxEntry> deadLetters = new ArrayList<>();
        OutboxDispatcher d = dispatcher().deadLetter(deadLetters::add).build();
        recorder.failNext(Integer.MAX_VALUE, "pager service down");

        assertThat(d.drainOnce()).isEqualTo(new DispatchReport(0, 1, 0, 0, 0));
        OutboxEntry once = outbox.find("k1").orElseThrow().value();
        assertThat(once.nextAttemptAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(once.lastError()).contains("pager service down");
        clock.advance(Duration.ofSeconds(9));
        assertThat(d.drainOnce().notDue()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(d.drainOnce().retried()).isEqualTo(1);
        // the second wait doubles to 20 s, capped at 15 s
        assertThat(outbox.find("k1").orElseThrow().value().nextAttemptAt()).isEqualTo(T0.plusSeconds(25));
        clock.advance(Duration.ofSeconds(15));
        assertThat(d.drainOnce()).isEqualTo(new DispatchReport(0, 0, 1, 0, 0));

        OutboxEntry dead = outbox.find("k1").orElseThrow().value();
        assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(deadLetters).containsExactly(dead);
        clock.advance(Duration.ofHours(1));
        assertThat(d.drainOnce().idle()).isTrue();
        assertThat(recorder.results()).hasSize(3);
    }

    @Test
    void entryForAnotherNotifierIsLeftForTheDispatcherThatHasIt() {
        store.write(List.of(outbox.enqueue("mail", page("k1"), T0), outbox.enqueue("ops", page("k2"), T0)));
        assertThat(dispatcher().build().drainOnce()).isEqualTo(new DispatchReport(1, 0, 0, 0, 0));
        assertThat(outbox.find("k1").orElseThrow().value().status()).isEqualTo(OutboxStatus.PENDING);

        RecordingNotifier mail = RecordingNotifier.create("mail");
        OutboxDispatcher.builder(outbox).notifier(mail).clock(clock).build().drainOnce();
        assertThat(mail.received()).extracting(n -> n.idempotencyKey().orElseThrow()).containsExactly("k1");
    }

    @Test
    void notificationTheNotifierRefusesIsDeadLetteredAtOnce() {
        Notifier refusing = new Notifier() {
            @Override
            public String name() {
                return "ops";
            }

            @Override
            public DeliveryResult send(Notification n) {
                throw new ItmValidationException("recipients[0]", "is not a mail address");
            }
        };
        store.write(List.of(outbox.enqueue("ops", page("k1"), T0)));
        OutboxDispatcher d = OutboxDispatcher.builder(outbox).notifier(refusing).clock(clock).build();
        assertThat(d.drainOnce().dead()).isEqualTo(1);
        assertThat(outbox.find("k1").orElseThrow().value().lastError().orElseThrow())
                .contains("refused").contains("not a mail address");
    }

    @Test
    void crashBetweenDeliveryAndMarkingDeliversAgainUnderTheSameKeyAndTheRecorderKeepsOne() {
        store.write(List.of(outbox.enqueue("ops", page("k1"), T0)));
        AtomicBoolean crash = new AtomicBoolean(true);
        Outbox crashing = Outbox.create(new CrashOnOutboxUpdate(store, crash));

        assertThatThrownBy(() -> OutboxDispatcher.builder(crashing).notifier(recorder).clock(clock).build().drainOnce())
                .isInstanceOf(ItmException.class).hasMessageContaining("process killed");
        assertThat(outbox.find("k1").orElseThrow().value().status()).isEqualTo(OutboxStatus.PENDING);

        crash.set(false);
        assertThat(dispatcher().build().drainOnce().sent()).isEqualTo(1);
        assertThat(recorder.results()).hasSize(2);
        assertThat(recorder.received()).hasSize(1);
    }

    @Test
    void twoDispatchersRacingLeaveOneOutcome() {
        store.write(List.of(outbox.enqueue("ops", page("k1"), T0)));
        // the second dispatcher's notifier marks the entry through the first dispatcher while it delivers
        OutboxDispatcher first = dispatcher().build();
        Notifier interleaving = new Notifier() {
            @Override
            public String name() {
                return "ops";
            }

            @Override
            public DeliveryResult send(Notification n) {
                first.drainOnce();
                return DeliveryResult.delivered("ops");
            }
        };
        DispatchReport second = OutboxDispatcher.builder(outbox).notifier(interleaving).clock(clock).build()
                .drainOnce();
        assertThat(second.lostRace()).isEqualTo(1);
        assertThat(outbox.find("k1").orElseThrow()).satisfies(v -> {
            assertThat(v.value().status()).isEqualTo(OutboxStatus.SENT);
            assertThat(v.version()).isEqualTo(2);
        });
    }

    @Test
    void scheduledDispatcherDrainsOnTheApplicationsExecutor() throws Exception {
        store.write(List.of(outbox.enqueue("ops", page("k1"), T0)));
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            ScheduledFuture<?> task = dispatcher().build().schedule(executor, Duration.ofMillis(10));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (recorder.received().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            task.cancel(false);
        } finally {
            executor.shutdownNow();
        }
        assertThat(recorder.received()).hasSize(1);
    }

    @Test
    void purgeDeletesOnlyEntriesSentBeforeTheCutOff() {
        store.write(List.of(outbox.enqueue("ops", page("k1"), T0), outbox.enqueue("ops", page("k2"), T0),
                outbox.enqueue("mail", page("k3"), T0)));
        dispatcher().build().drainOnce();
        clock.advance(Duration.ofMinutes(5));
        store.write(List.of(outbox.enqueue("ops", page("k4"), clock.instant())));
        dispatcher().build().drainOnce();

        assertThat(outbox.purgeSent(T0.plusSeconds(1))).isEqualTo(2);
        assertThat(outbox.find("k1")).isEmpty();
        assertThat(outbox.find("k2")).isEmpty();
        assertThat(outbox.find("k3").orElseThrow().value().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(outbox.find("k4").orElseThrow().value().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(outbox.purgeSent(T0.plusSeconds(1))).isZero();
    }

    @Test
    void builderReportsEveryBadSetting() {
        assertThatThrownBy(() -> OutboxDispatcher.builder(outbox).maxAttempts(0).initialBackoff(Duration.ZERO)
                .pageSize(0).build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path())
                        .containsExactly("clock", "notifiers", "maxAttempts", "initialBackoff", "pageSize"));
        assertThatThrownBy(() -> dispatcher().notifier(RecordingNotifier.create("ops"))
                .initialBackoff(Duration.ofMinutes(1)).maxBackoff(Duration.ofSeconds(1)).build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("notifiers[1]", "maxBackoff"));
    }

    /** A store that dies (throws) on the first update of an outbox entry, as a process killed after sending. */
    private record CrashOnOutboxUpdate(DocumentStore delegate, AtomicBoolean crash) implements DocumentStore {
        @Override
        public void declare(String type, Set<String> indexedFields) {
            delegate.declare(type, indexedFields);
        }

        @Override
        public Optional<Document> read(String type, String id) {
            return delegate.read(type, id);
        }

        @Override
        public Page<Document> query(Query query) {
            return delegate.query(query);
        }

        @Override
        public void write(List<? extends Write> batch) {
            if (crash.get() && batch.stream().anyMatch(w -> w instanceof Write.Update && w.type().equals(Outbox.TYPE))) {
                throw new ItmException("process killed before marking the entry sent");
            }
            delegate.write(batch);
        }
    }

    @Test
    void entryRejectsAKeyThatIsNotItsNotificationsKey() {
        assertThatThrownBy(() -> new OutboxEntry("k1", "ops", page("k2"), OutboxStatus.PENDING, 0, T0, T0,
                Optional.empty())).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("notification.idempotencyKey");
        assertThatThrownBy(() -> new OutboxEntry("k1", "ops", page("k1"), OutboxStatus.SENT, 0, T0,
                T0.minusSeconds(1), Optional.empty()))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("attempts", "nextAttemptAt"));
    }
}
