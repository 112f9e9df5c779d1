package org.itm.operations.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.itm.core.IllegalStateTransitionException;
import org.itm.core.notify.Notification;
import org.itm.core.notify.RecordingNotifier;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.operations.oncall.Layer;
import org.itm.operations.oncall.OnCallSchedule;
import org.itm.operations.oncall.TurnLength;
import org.junit.jupiter.api.Test;

class PagerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // 00:30 UTC on the night Berlin springs forward (02:00 -> 03:00 local at 01:00 UTC)
    private static final Instant T0 = Instant.parse("2026-03-29T00:30:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final RecordingNotifier notifier = RecordingNotifier.create("rec");
    private final OnCallSchedule schedule = new OnCallSchedule("db", BERLIN, List.of(new Layer("primary", BERLIN,
            List.of("ann", "bob"), LocalDateTime.parse("2026-03-23T09:00"), TurnLength.weekly(), List.of())),
            List.of());
    private final EscalationPolicy policy = new EscalationPolicy("db-policy", List.of(
            new EscalationLevel(List.of("db"), List.of(), List.of(), Duration.ofMinutes(15)),
            new EscalationLevel(List.of(), List.of("lead"), List.of(), Duration.ofMinutes(30))), 1);

    private Pager pager(NotificationLedger ledger) {
        return Pager.create(Map.of("db-policy", policy), Map.of("db", schedule), notifier, ledger, clock);
    }

    private List<String> recipients() {
        return notifier.received().stream().map(n -> n.recipients().get(0)).toList();
    }

    @Test
    void unacknowledgedPageEscalatesOncePerLevelAndRoundWhateverTheCadenceAcrossDst() {
        Pager pager = pager(NotificationLedger.inMemory());
        OnCallPage page = pager.trigger("inc-1", "db-policy", "database down");
        for (int minute = 1; minute <= 180; minute++) {
            clock.set(T0.plus(Duration.ofMinutes(minute)));
            page = pager.evaluate(page);
            page = pager.evaluate(page);
        }
        assertThat(recipients()).containsExactly("ann", "lead", "ann", "lead");
        assertThat(page.timeline()).filteredOn(e -> e.kind().equals("notified"))
                .extracting(PageEvent::at).containsExactly(T0, T0.plus(Duration.ofMinutes(15)),
                        T0.plus(Duration.ofMinutes(45)), T0.plus(Duration.ofMinutes(60)));
        assertThat(page.timeline()).filteredOn(e -> e.kind().equals("notified"))
                .allSatisfy(e -> assertThat(e.notifier()).isEqualTo("rec"));
        assertThat(page.timeline()).filteredOn(e -> e.kind().equals("escalated")).extracting(PageEvent::who)
                .containsExactly("level 1, round 0", "level 0, round 1", "level 1, round 1");
    }

    @Test
    void acknowledgementStopsEscalation() {
        Pager pager = pager(NotificationLedger.inMemory());
        OnCallPage page = pager.trigger("inc-2", "db-policy", "database down");
        clock.set(T0.plus(Duration.ofMinutes(5)));
        page = pager.acknowledge(page, "ann");
        clock.set(T0.plus(Duration.ofHours(5)));
        page = pager.evaluate(page);
        assertThat(recipients()).containsExactly("ann");
        assertThat(page.status()).isEqualTo(PageStatus.ACKNOWLEDGED);
        page = pager.snooze(page, "ann", T0.plus(Duration.ofHours(6)));
        page = pager.reassign(page, "bob");
        page = pager.resolve(page, "bob");
        assertThat(page.timeline()).extracting(PageEvent::kind).containsExactly("triggered", "notified",
                "acknowledged", "snoozed", "reassigned", "notified", "resolved");
    }

    @Test
    void illegalTransitionsThrowTheirOwnExceptionAndChangeNothing() {
        Pager pager = pager(NotificationLedger.inMemory());
        OnCallPage resolved = pager.resolve(pager.trigger("inc-3", "db-policy", "x"), "ann");
        assertThatThrownBy(() -> pager.acknowledge(resolved, "ann"))
                .isInstanceOf(IllegalPageTransitionException.class)
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> pager.resolve(resolved, "ann")).isInstanceOf(IllegalPageTransitionException.class);
        assertThat(resolved.status()).isEqualTo(PageStatus.RESOLVED);
    }

    @Test
    void storedLedgerPreventsRenotifyingAfterARestart() {
        DocumentStore store = DocumentStores.inMemory();
        OnCallPage page = pager(NotificationLedger.stored(store)).trigger("inc-4", "db-policy", "database down");
        clock.set(T0.plus(Duration.ofMinutes(20)));
        // a new pager over the same store stands for the process after a restart
        Pager restarted = pager(NotificationLedger.stored(store));
        restarted.evaluate(page);
        restarted.evaluate(page);
        assertThat(recipients()).containsExactly("ann", "lead");
        assertThat(notifier.received()).extracting(Notification::deduplicationKey)
                .containsExactly("inc-4/0/0/ann", "inc-4/1/0/lead");
    }

    @Test
    void pageStoresKeepTheLatestSnapshotAndRoundTripThroughTheDocumentStore() {
        Pager pager = pager(NotificationLedger.inMemory());
        OnCallPage page = pager.trigger("inc-5", "db-policy", "database down");
        for (PageStore pages : List.of(PageStore.inMemory(), PageStore.stored(DocumentStores.inMemory()))) {
            pages.save(page);
            OnCallPage acked = pager.acknowledge(page, "ann");
            pages.save(acked);
            assertThat(pages.find("inc-5")).contains(acked);
            assertThat(pages.find("other")).isEmpty();
        }
    }

    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
