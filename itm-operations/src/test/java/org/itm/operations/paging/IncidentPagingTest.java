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
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.notify.Notification;
import org.itm.core.notify.RecordingNotifier;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.operations.alert.AlertAction;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentId;
import org.itm.operations.incident.PriorityPolicy;
import org.itm.operations.oncall.Layer;
import org.itm.operations.oncall.OnCallSchedule;
import org.itm.operations.oncall.TurnLength;
import org.itm.operations.sla.SlaBreach;
import org.junit.jupiter.api.Test;

class IncidentPagingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // 00:50 UTC on 2026-03-29: ten minutes before Berlin springs forward; 00:50 UTC on 2026-10-25 likewise falls back
    private static final Instant SPRING = Instant.parse("2026-03-29T00:50:00Z");

    private final MutableClock clock = new MutableClock(SPRING);
    private final RecordingNotifier notifier = RecordingNotifier.create("rec");
    private final OnCallSchedule dbRota = new OnCallSchedule("db-rota", BERLIN, List.of(new Layer("primary", BERLIN,
            List.of("ann", "bob"), LocalDateTime.parse("2026-03-23T09:00"), TurnLength.weekly(), List.of())),
            List.of());
    private final Map<String, EscalationPolicy> policies = Map.of(
            "db-policy", new EscalationPolicy("db-policy", List.of(
                    new EscalationLevel(List.of("db-rota"), List.of(), List.of(), Duration.ofMinutes(15)),
                    new EscalationLevel(List.of(), List.of("lead"), List.of(), Duration.ofMinutes(30))), 0),
            "default-policy", new EscalationPolicy("default-policy", List.of(
                    new EscalationLevel(List.of(), List.of(), List.of("service-desk"), Duration.ofMinutes(30))), 0));
    private final ServicePolicyDirectory directory = ServicePolicyDirectory.of(Map.of("database", "db-policy"));

    private IncidentPaging paging(ServicePolicyDirectory dir, DocumentStore store) {
        Pager pager = Pager.create(policies, Map.of("db-rota", dbRota), notifier, NotificationLedger.stored(store),
                clock);
        return IncidentPaging.create(pager, dir, PageStore.stored(store));
    }

    private Incident incident(String id, Optional<String> service) {
        Incident i = Incident.open(new IncidentId(id), "database down", "availability", 1, 1,
                PriorityPolicy.itil3x3(), clock.instant(), "monitoring");
        return i.affect(service, Optional.empty(), clock.instant(), "monitoring");
    }

    private AlertAction opened(String service) {
        return new AlertAction(AlertAction.Kind.OPEN_INCIDENT, "g1", service, "P1", "prom/db-1/up", 1,
                clock.instant(), "new group");
    }

    private List<String> recipients() {
        return notifier.received().stream().map(n -> n.recipients().get(0)).toList();
    }

    @Test
    void anAlertBornIncidentPagesTheOnCallEngineerOfItsServiceOnceHoweverOftenItIsTriggered() {
        IncidentPaging paging = paging(directory, DocumentStores.inMemory());
        Incident inc = incident("INC-1", Optional.empty());

        OnCallPage first = paging.onAlert(inc, opened("database")).orElseThrow();
        OnCallPage again = paging.onAlert(inc, opened("database")).orElseThrow();

        assertThat(first.id()).isEqualTo("incident:INC-1");
        assertThat(first.policyId()).isEqualTo("db-policy");
        assertThat(first.summary()).isEqualTo("INC-1 [" + inc.priority()
                + "] database down (alert prom/db-1/up on database)");
        assertThat(again).isEqualTo(first);
        assertThat(recipients()).containsExactly("ann");
    }

    @Test
    void nobodyAcknowledgingEscalatesAndAnAcknowledgementStopsIt() {
        IncidentPaging paging = paging(directory, DocumentStores.inMemory());
        Incident inc = incident("INC-2", Optional.of("database"));
        paging.onAlert(inc, opened("database"));

        clock.set(SPRING.plus(Duration.ofMinutes(15)));
        OnCallPage escalated = paging.evaluateAll().get(0);
        paging.acknowledge(inc.id(), "lead");
        clock.set(SPRING.plus(Duration.ofHours(3)));

        assertThat(paging.evaluateAll()).isEmpty();
        assertThat(recipients()).containsExactly("ann", "lead");
        assertThat(escalated.timeline()).extracting(PageEvent::kind)
                .containsExactly("triggered", "notified", "escalated", "notified");
        assertThat(paging.page(inc.id()).orElseThrow().status()).isEqualTo(PageStatus.ACKNOWLEDGED);
        assertThat(paging.resolve(inc.id(), "lead").status()).isEqualTo(PageStatus.RESOLVED);
    }

    @Test
    void anSlaBornIncidentPagesThroughTheFallbackPolicyOfAnUnlistedService() {
        IncidentPaging paging = paging(directory.withFallback("default-policy"), DocumentStores.inMemory());
        Incident inc = incident("INC-3", Optional.of("payments"));
        SlaBreach breach = new SlaBreach("INC-3", "p1-resolution", "P1", clock.instant(), "IN_PROGRESS",
                "IN_PROGRESS", Duration.ofHours(4), Duration.ofMinutes(1));

        OnCallPage page = paging.onSlaBreach(inc, breach).orElseThrow();

        assertThat(page.policyId()).isEqualTo("default-policy");
        assertThat(page.summary()).endsWith("(SLA p1-resolution breached)");
        assertThat(recipients()).containsExactly("service-desk");
        assertThatThrownBy(() -> paging.onSlaBreach(incident("INC-4", Optional.of("payments")), breach))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("breach.ticketId");
    }

    @Test
    void aServiceWithoutPolicyOrAnIncidentWithoutServicePagesNobody() {
        IncidentPaging paging = paging(directory, DocumentStores.inMemory());
        Incident noService = incident("INC-5", Optional.empty());

        assertThat(paging.onAlert(incident("INC-6", Optional.empty()), opened("mail"))).isEmpty();
        assertThat(paging.onSlaBreach(noService, new SlaBreach("INC-5", "sla", "P1", clock.instant(), "NEW", "NEW",
                Duration.ZERO, Duration.ZERO))).isEmpty();
        assertThat(notifier.received()).isEmpty();
        assertThatThrownBy(() -> paging.acknowledge(noService.id(), "ann")).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void evaluationAcrossTheSpringAndAutumnDstChangesAndARestartNotifiesEachLevelOnce() {
        DocumentStore store = DocumentStores.inMemory();
        for (Instant start : List.of(SPRING, Instant.parse("2026-10-25T00:50:00Z"))) {
            clock.set(start);
            String id = "INC-" + start.getEpochSecond();
            paging(directory, store).onAlert(incident(id, Optional.of("database")), opened("database"));
            // evaluated every minute by one process, which is then replaced by a new one over the same store
            for (int minute = 1; minute <= 90; minute++) {
                clock.set(start.plus(Duration.ofMinutes(minute)));
                IncidentPaging process = paging(directory, store);
                process.evaluateAll();
                if (minute % 7 == 0) {
                    paging(directory, store).evaluateAll();
                }
            }
        }
        assertThat(notifier.received()).extracting(Notification::deduplicationKey).containsExactly(
                "incident:INC-1774745400/0/0/ann", "incident:INC-1774745400/1/0/lead",
                "incident:INC-1792889400/0/0/ann", "incident:INC-1792889400/1/0/lead");
    }

    @Test
    void anAcknowledgementByAnotherProcessDuringAnEvaluationIsKeptAndTheEvaluationsNotificationsAreAdded() {
        DocumentStore store = DocumentStores.inMemory();
        Incident inc = incident("INC-8", Optional.of("database"));
        paging(directory, store).onAlert(inc, opened("database"));
        PageStore shared = PageStore.stored(store);
        boolean[] interfered = {false};
        // process B acknowledges after process A has read and evaluated the page but before A stores it
        PageStore racing = new PageStore() {
            public void save(OnCallPage page) { shared.save(page); }
            public List<OnCallPage> triggered() { return shared.triggered(); }
            public Optional<OnCallPage> find(String pageId) { return shared.find(pageId); }
            public boolean replace(OnCallPage expected, OnCallPage next) {
                if (!interfered[0]) {
                    interfered[0] = true;
                    paging(directory, store).acknowledge(inc.id(), "ann");
                }
                return shared.replace(expected, next);
            }
        };
        IncidentPaging a = IncidentPaging.create(Pager.create(policies, Map.of("db-rota", dbRota), notifier,
                NotificationLedger.stored(store), clock), directory, racing);

        clock.set(SPRING.plus(Duration.ofMinutes(15)));
        a.evaluateAll();
        clock.set(SPRING.plus(Duration.ofHours(3)));
        a.evaluateAll();

        OnCallPage stored = shared.find(IncidentPaging.pageIdOf(inc.id())).orElseThrow();
        assertThat(stored.status()).isEqualTo(PageStatus.ACKNOWLEDGED);
        assertThat(stored.timeline()).extracting(PageEvent::kind)
                .containsExactly("triggered", "notified", "acknowledged", "escalated", "notified");
        assertThat(recipients()).containsExactly("ann", "lead");
    }

    @Test
    void replaceStoresOnlyOverTheExpectedSnapshot() {
        Pager pager = Pager.create(policies, Map.of("db-rota", dbRota), notifier, NotificationLedger.inMemory(),
                clock);
        OnCallPage page = pager.trigger("p-1", "db-policy", "x");
        for (PageStore pages : List.of(PageStore.inMemory(), PageStore.stored(DocumentStores.inMemory()))) {
            OnCallPage acked = pager.acknowledge(page, "ann");
            assertThat(pages.replace(page, acked)).isFalse();
            pages.save(page);
            assertThat(pages.replace(page, acked)).isTrue();
            assertThat(pages.replace(page, pager.resolve(page, "ann"))).isFalse();
            assertThat(pages.find("p-1")).contains(acked);
            assertThatThrownBy(() -> pages.replace(page, pager.trigger("p-2", "db-policy", "y")))
                    .isInstanceOf(ItmValidationException.class).hasMessageContaining("next.id");
        }
    }

    @Test
    void theDirectoryMustNameThePagersPolicies() {
        assertThatThrownBy(() -> paging(ServicePolicyDirectory.of(Map.of("mail", "mail-policy"))
                .withFallback("nope"), DocumentStores.inMemory()))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("directory.policyByService.mail").hasMessageContaining("directory.fallback");
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
