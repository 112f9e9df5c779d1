package org.itm.operations.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.itm.core.notify.Notification;
import org.itm.core.notify.RecordingNotifier;
import org.itm.core.notify.Severity;
import org.itm.core.outbox.Outbox;
import org.itm.core.outbox.OutboxDispatcher;
import org.itm.core.outbox.OutboxStatus;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.store.Page;
import org.itm.core.store.Write;
import org.itm.core.time.BusinessCalendar;
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.ReopenPolicy;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaEngine;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaMetric;
import org.itm.operations.sla.SlaTarget;
import org.itm.operations.sla.SlaTimeline;
import org.junit.jupiter.api.Test;

class StoredEscalationLedgerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final SlaEngine SLA = SlaEngine.create(
            CalendarLookup.of(Map.of("24x7", BusinessCalendar.twentyFourSeven(BERLIN))));
    private static final SlaDefinition RESOLUTION = SlaDefinition.builder("resolution").metric(SlaMetric.RESOLUTION)
            .calendar("24x7").target("P2", SlaTarget.businessHours(72)).reopenPolicy(ReopenPolicy.NEW_CYCLE).build();
    private static final List<EscalationRule> RULES = List.of(
            EscalationRule.slaElapsed("sla-50", "resolution", 0.5).withNotify("email", "service-desk"),
            EscalationRule.slaElapsed("sla-90", "resolution", 0.9).withLevel(2).withNotify("chat", "duty-manager"),
            EscalationRule.slaElapsed("sla-100", "resolution", 1.0).withLevel(3).withSeverity(Severity.CRITICAL)
                    .withNotify("pager", "duty-manager"),
            EscalationRule.stateAge("hold-6h", "ON_HOLD", Duration.ofHours(6)).withLevel(1));
    private static final SlaTimeline TICKET = new SlaTimeline("INC-7", Map.of(), List.of(
            SlaEvent.of(berlin("2026-03-26T12:00"), "IN_PROGRESS", "P2"),
            new SlaEvent(berlin("2026-03-28T22:00"), "ON_HOLD", "AWAITING_VENDOR", "P2"),
            SlaEvent.of(berlin("2026-03-29T06:00"), "IN_PROGRESS", "P2"),
            SlaEvent.of(berlin("2026-03-30T10:00"), "RESOLVED", "P2"),
            SlaEvent.of(berlin("2026-03-30T11:00"), "IN_PROGRESS", "P2")));
    private static final Instant START = berlin("2026-03-26T12:00");
    private static final Instant END = berlin("2026-04-02T12:00");

    private final DocumentStore store = DocumentStores.inMemory();
    private final RecordingNotifier webhook = RecordingNotifier.create("webhook");

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    /** A fresh process: new ledger, engine and dispatcher objects over the same store. */
    private EscalationEngine engine() {
        return EscalationEngine.create(RULES, StoredEscalationLedger.create(Outbox.create(store)), "webhook");
    }

    private OutboxDispatcher dispatcher(Instant now) {
        return OutboxDispatcher.builder(Outbox.create(store)).notifier(webhook)
                .clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    private List<Escalation> run(EscalationEngine engine, Instant from, Instant to) {
        List<Escalation> fired = new ArrayList<>();
        for (Instant now = from; !now.isAfter(to); now = now.plus(Duration.ofMinutes(1))) {
            fired.addAll(engine.evaluate(TICKET, SLA.evaluateAll(List.of(RESOLUTION), TICKET, now), now));
        }
        return fired;
    }

    @Test
    void aWeekMinuteByMinuteRecordsEachThresholdOfEachCycleOnceAndTheDispatcherDeliversIt() {
        List<Escalation> fired = run(engine(), START, END);
        dispatcher(END).drainOnce();

        Map<String, Long> perRule = fired.stream().collect(Collectors.groupingBy(Escalation::ruleId,
                Collectors.counting()));
        assertThat(perRule).isEqualTo(Map.of("sla-50", 2L, "sla-90", 2L, "sla-100", 2L, "hold-6h", 1L));
        assertThat(webhook.received()).extracting(n -> n.idempotencyKey().orElseThrow()).containsExactlyInAnyOrder(
                "escalation:INC-7|sla-50|cycle1", "escalation:INC-7|sla-90|cycle1", "escalation:INC-7|sla-100|cycle1",
                "escalation:INC-7|sla-50|cycle2", "escalation:INC-7|sla-90|cycle2", "escalation:INC-7|sla-100|cycle2");
        assertThat(StoredEscalationLedger.create(Outbox.create(store)).level("INC-7")).isEqualTo(3);
    }

    @Test
    void aRestartedProcessReEvaluatingTheWholeWeekFiresNothingAgain() {
        run(engine(), START, berlin("2026-03-30T12:00"));
        dispatcher(berlin("2026-03-30T12:00")).drainOnce();
        int before = webhook.received().size();

        List<Escalation> again = run(engine(), START, berlin("2026-03-30T12:00"));
        dispatcher(berlin("2026-03-30T12:00")).drainOnce();

        assertThat(before).isEqualTo(3);
        assertThat(again).isEmpty();
        assertThat(webhook.received()).hasSize(before);
        assertThat(webhook.results()).hasSize(before);
    }

    @Test
    void aProcessKilledAfterDecidingDeliversOnTheNextStartAndOnlyOnce() {
        Instant afterHalf = berlin("2026-03-28T00:01");
        List<Escalation> fired = run(engine(), START, afterHalf);
        assertThat(fired).extracting(Escalation::ruleId).containsExactly("sla-50");
        // killed here: the decision is stored, nothing was sent
        StoredEscalationLedger ledger = StoredEscalationLedger.create(Outbox.create(store));
        assertThat(ledger.pending("INC-7", "cycle1")).extracting(EscalationRecord::ruleId).containsExactly("sla-50");
        assertThat(webhook.received()).isEmpty();

        dispatcher(afterHalf).drainOnce();
        dispatcher(afterHalf).drainOnce();

        assertThat(webhook.received()).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("Escalation sla-50 for INC-7");
            assertThat(n.attributes()).containsEntry("level", "1");
        });
        assertThat(ledger.pending("INC-7", "cycle1")).isEmpty();
        assertThat(ledger.fired("INC-7", Optional.of("cycle1"), 10, Optional.empty()).items())
                .singleElement().satisfies(r -> {
                    assertThat(r.key()).isEqualTo("INC-7|sla-50|cycle1");
                    assertThat(r.dueAt()).isEqualTo(Instant.parse("2026-03-27T23:00:00Z"));
                    assertThat(r.notificationKey()).contains("escalation:INC-7|sla-50|cycle1");
                });
    }

    @Test
    void escalationRecordAndItsNotificationAreWrittenTogetherOrNotAtAll() {
        Outbox outbox = Outbox.create(store);
        Instant now = berlin("2026-03-28T00:00");
        // an entry under the same idempotency key makes the batch conflict
        Notification squatter = Notification.builder().channel("email").recipients("x").subject("s")
                .severity(Severity.INFO).correlationId("INC-7").deduplicationKey("d")
                .idempotencyKey("escalation:INC-7|sla-50|cycle1").build();
        store.write(List.of(outbox.enqueue("webhook", squatter, now)));

        assertThatThrownBy(() -> run(engine(), now, now)).isInstanceOf(StaleVersionException.class);
        StoredEscalationLedger ledger = StoredEscalationLedger.create(outbox);
        assertThat(ledger.find("INC-7|sla-50|cycle1")).isEmpty();
        assertThat(ledger.level("INC-7")).isZero();
    }

    @Test
    void aLevelRaisedConcurrentlyIsReReadAndKept() {
        Outbox outbox = Outbox.create(store);
        StoredEscalationLedger ledger = StoredEscalationLedger.create(outbox);
        StoredEscalationLedger other = StoredEscalationLedger.create(outbox);
        Instant t = Instant.parse("2026-03-28T00:00:00Z");
        AtomicBoolean interfered = new AtomicBoolean();
        List<Integer> levelsSeen = new ArrayList<>();

        Optional<Integer> level = ledger.fire(new EscalationRecord("INC-1|a|cycle1", "INC-1", "a", "cycle1", t, t, 0,
                Optional.empty()), 2, l -> {
                    levelsSeen.add(l);
                    if (interfered.compareAndSet(false, true)) {
                        // another process escalates the same ticket to 4 between our read and our write
                        other.fire(new EscalationRecord("INC-1|b|cycle1", "INC-1", "b", "cycle1", t, t, 0,
                                Optional.empty()), 4, x -> List.<Write>of());
                    }
                    return List.of();
                });

        assertThat(levelsSeen).containsExactly(2, 4);
        assertThat(level).contains(4);
        assertThat(ledger.level("INC-1")).isEqualTo(4);
        assertThat(ledger.find("INC-1|a|cycle1").orElseThrow().level()).isEqualTo(4);
        assertThat(ledger.fire(new EscalationRecord("INC-1|a|cycle1", "INC-1", "a", "cycle1", t, t, 0,
                Optional.empty()), 9, x -> List.of())).isEmpty();
        assertThat(other.fire(new EscalationRecord("INC-1|a|cycle1", "INC-1", "a", "cycle1", t, t, 0,
                Optional.empty()), 9, x -> List.of())).isEmpty();
        assertThat(ledger.level("INC-1")).isEqualTo(4);
    }

    @Test
    void recordRejectsAKeyThatDoesNotMatchItsParts() {
        Instant t = Instant.parse("2026-03-28T00:00:00Z");
        assertThatThrownBy(() -> new EscalationRecord("INC-1|a|cycle2", "INC-1", "a", "cycle1", t, t.minusSeconds(1),
                -1, Optional.empty()))
                .isInstanceOfSatisfying(org.itm.core.ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("key", "firedAt", "level"));
    }

    @Test
    void outboxEntriesOfTheWeekAreAllSentAfterTheLastDrain() {
        run(engine(), START, END);
        dispatcher(END).drainOnce();
        assertThat(Outbox.create(store).withStatus(OutboxStatus.PENDING, 100, Optional.empty()).items()).isEmpty();
        assertThat(Outbox.create(store).withStatus(OutboxStatus.SENT, 100, Optional.empty()).items()).hasSize(6);
    }

    private static void fireWithNotification(StoredEscalationLedger ledger, String ticket, String scope, Instant now) {
        String key = ticket + "|sla-50|" + scope;
        Notification n = Notification.builder().channel("email").recipients("service-desk").subject("Escalation " + key)
                .severity(Severity.INFO).correlationId(ticket).deduplicationKey(key)
                .idempotencyKey("escalation:" + key).build();
        ledger.fire(new EscalationRecord(key, ticket, "sla-50", scope, now, now, 1, Optional.of("escalation:" + key)),
                1, level -> List.of(ledger.outbox().enqueue("webhook", n, now)));
    }

    @Test
    void pendingInScopeListsTheUndeliveredEscalationsOfEveryTicketOfACyclePageByPage() {
        Instant now = berlin("2026-03-28T00:00");
        StoredEscalationLedger ledger = StoredEscalationLedger.create(Outbox.create(store));
        fireWithNotification(ledger, "INC-1", "cycle1", now);
        fireWithNotification(ledger, "INC-2", "cycle1", now);
        dispatcher(now).drainOnce(); // INC-1 and INC-2 are delivered
        for (String ticket : List.of("INC-3", "INC-4", "INC-5")) {
            fireWithNotification(ledger, ticket, "cycle1", now);
        }
        fireWithNotification(ledger, "INC-6", "cycle2", now);
        ledger.fire(new EscalationRecord("INC-7|hold-6h|cycle1", "INC-7", "hold-6h", "cycle1", now, now, 1,
                Optional.empty()), 1, level -> List.of()); // nothing to deliver, so never pending

        List<String> pending = new ArrayList<>();
        Page<EscalationRecord> page = ledger.pendingInScope("cycle1", 2, Optional.empty());
        int pages = 1;
        pending.addAll(page.items().stream().map(EscalationRecord::ticketId).toList());
        while (page.hasNext()) {
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            page = ledger.pendingInScope("cycle1", 2, page.nextPageToken());
            pending.addAll(page.items().stream().map(EscalationRecord::ticketId).toList());
            pages++;
        }

        assertThat(pending).containsExactlyInAnyOrder("INC-3", "INC-4", "INC-5");
        assertThat(pages).isGreaterThanOrEqualTo(3); // six escalations of cycle1, two per page
        assertThat(ledger.pendingInScope("cycle2", 10, Optional.empty()).items())
                .extracting(EscalationRecord::ticketId).containsExactly("INC-6");
        assertThat(ledger.pendingInScope("cycle3", 10, Optional.empty()).items()).isEmpty();
    }

    @Test
    void pendingInScopeRejectsABlankScopeAndABadPageSize() {
        StoredEscalationLedger ledger = StoredEscalationLedger.create(Outbox.create(store));
        assertThatThrownBy(() -> ledger.pendingInScope(" ", 10, Optional.empty()))
                .isInstanceOf(org.itm.core.ItmValidationException.class).hasMessageContaining("scope");
        assertThatThrownBy(() -> ledger.pendingInScope("cycle1", 0, Optional.empty()))
                .isInstanceOf(org.itm.core.ItmValidationException.class).hasMessageContaining("pageSize");
    }

    @Test
    void aLedgerThatForwardsToTheStoredOneAnswersPendingInScopeFromTheSameStore() {
        Instant now = berlin("2026-03-28T00:00");
        StoredEscalationLedger stored = StoredEscalationLedger.create(Outbox.create(store));
        StoredEscalationLedger forwarding = new StoredEscalationLedger() {
            @Override public Outbox outbox() { return stored.outbox(); }
            @Override public Optional<Integer> fire(EscalationRecord record, int raiseTo,
                    java.util.function.IntFunction<List<Write>> effects) { return stored.fire(record, raiseTo, effects); }
            @Override public int level(String ticketId) { return stored.level(ticketId); }
            @Override public Optional<EscalationRecord> find(String key) { return stored.find(key); }
            @Override public Page<EscalationRecord> fired(String ticketId, Optional<String> scope, int pageSize,
                    Optional<String> pageToken) { return stored.fired(ticketId, scope, pageSize, pageToken); }
            @Override public List<EscalationRecord> pending(String ticketId, String scope) {
                return stored.pending(ticketId, scope); }
        };
        fireWithNotification(forwarding, "INC-8", "cycle1", now);
        fireWithNotification(forwarding, "INC-9", "cycle1", now);

        assertThat(forwarding.pendingInScope("cycle1", 10, Optional.empty()).items())
                .extracting(EscalationRecord::ticketId).containsExactlyInAnyOrder("INC-8", "INC-9");
    }
}
