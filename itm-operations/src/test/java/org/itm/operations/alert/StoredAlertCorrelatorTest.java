package org.itm.operations.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.notify.Severity;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.store.StoredDocumentException;
import org.itm.core.store.Versioned;
import org.itm.core.json.ItmJson;
import org.junit.jupiter.api.Test;

class StoredAlertCorrelatorTest {

    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");
    static final ServiceDirectory DIRECTORY = ServiceDirectory.of(
            Map.of("db-1", "shop", "web-1", "shop", "mail-1", "mail"), Map.of("shop", 1, "mail", 2), 3);

    static Instant t(int minutes) {
        return T.plus(Duration.ofMinutes(minutes));
    }

    private static StoredAlertCorrelator open(DocumentStore store) {
        return StoredAlertCorrelator.open(store, "default", AlertCorrelator.builder(DIRECTORY)
                .flapping(4, Duration.ofMinutes(20)));
    }

    private static List<AlertAction.Kind> kinds(List<AlertAction> actions) {
        return actions.stream().map(AlertAction::kind).toList();
    }

    @Test
    void aRestartedCorrelatorKeepsOpenGroupsCountsAndGroupNumbers() {
        DocumentStore store = DocumentStores.inMemory();
        StoredAlertCorrelator first = open(store);
        String shop = first.ingest(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(0))).get(0).groupId();
        first.ingest(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(1)));
        first.ingestAll(List.of(Alert.firing("prom", "web-1/5xx", Severity.CRITICAL, "web-1", t(2)),
                Alert.firing("prom", "mail-1/queue", Severity.MAJOR, "mail-1", t(3))));
        assertThat(shop).isEqualTo("shop#1");

        // a new process on the same store
        StoredAlertCorrelator second = open(store);
        assertThat(second.openAlerts()).isEqualTo(3);
        List<AlertAction> repeat = second.ingest(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(4)));
        assertThat(repeat).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertAction.Kind.DEDUPLICATED);
            assertThat(a.groupId()).isEqualTo("shop#1");
            assertThat(a.count()).isEqualTo(3);
            assertThat(a.priority()).isEqualTo("P1");
        });
        assertThat(kinds(second.ingest(Alert.clear("prom", "db-1/disk", "db-1", t(5)))))
                .containsExactly(AlertAction.Kind.ALERT_CLEARED);
        assertThat(kinds(second.ingest(Alert.clear("prom", "web-1/5xx", "web-1", t(6)))))
                .containsExactly(AlertAction.Kind.RESOLVE_INCIDENT);
        // numbering continues after the groups opened before the restart
        assertThat(second.ingest(Alert.firing("prom", "db-1/cpu", Severity.MINOR, "db-1", t(60))).get(0).groupId())
                .isEqualTo("shop#3");

        AlertGroupRepository groups = second.groups();
        assertThat(groups.findAll(groups.open())).extracting(v -> v.value().id())
                .containsExactlyInAnyOrder("mail#2", "shop#3");
        AlertGroup cleared = groups.get(groups.idOf("shop#1")).orElseThrow().value();
        assertThat(cleared.isOpen()).isFalse();
        assertThat(cleared.maxSeverity()).isEqualTo(Severity.CRITICAL);
        assertThat(cleared.openedAt()).isEqualTo(t(0));
        assertThat(cleared.lastActivity()).isEqualTo(t(4));
        assertThat(cleared.transitions()).containsOnlyKeys("db-1/disk", "web-1/5xx");
        assertThat(groups.findAll(groups.ofService("mail"))).singleElement()
                .satisfies(v -> assertThat(v.value().open()).containsExactly(
                        new OpenAlert("mail-1/queue", Severity.MAJOR, 1, false)));
    }

    @Test
    void aGroupWhoseAlertsAllClearedSurvivesARestartAndARefireWithinTheWindowReopensItsIncident() {
        DocumentStore store = DocumentStores.inMemory();
        StoredAlertCorrelator first = open(store);
        first.ingest(Alert.firing("prom", "db-1/disk", Severity.MAJOR, "db-1", t(0)));
        assertThat(kinds(first.ingest(Alert.clear("prom", "db-1/disk", "db-1", t(2)))))
                .containsExactly(AlertAction.Kind.RESOLVE_INCIDENT);

        StoredAlertCorrelator second = open(store);
        AlertGroup resolved = second.groups().get(second.groups().idOf("shop#1")).orElseThrow().value();
        assertThat(resolved.isOpen()).isFalse();
        assertThat(resolved.superseded()).isFalse();
        // 8 minutes after the clear, within the 10-minute window: the incident of shop#1 concerns it again
        assertThat(second.ingest(Alert.firing("prom", "db-1/disk", Severity.MAJOR, "db-1", t(10))))
                .containsExactly(new AlertAction(AlertAction.Kind.ATTACH_TO_INCIDENT, "shop#1", "shop", "P2",
                        "db-1/disk", 1, t(10), "re-fired within the correlation window; incident shop#1 concerns it again"));
        // the fourth state change within 20 minutes, counting the two from before the restart
        assertThat(kinds(second.ingest(Alert.clear("prom", "db-1/disk", "db-1", t(11)))))
                .containsExactly(AlertAction.Kind.FLAPPING, AlertAction.Kind.ANNOTATE_INCIDENT);

        // past the window a new group takes over; the old one is history and is not restored any more
        StoredAlertCorrelator third = open(store);
        assertThat(third.ingest(Alert.firing("prom", "web-1/5xx", Severity.MINOR, "web-1", t(30))).get(0))
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(AlertAction.Kind.OPEN_INCIDENT);
                    assertThat(a.groupId()).isEqualTo("shop#2");
                });
        AlertGroup old = third.groups().get(third.groups().idOf("shop#1")).orElseThrow().value();
        assertThat(old.superseded()).isTrue();
        assertThat(third.groups().findRestorable()).extracting(v -> v.value().id())
                .containsExactly("shop#2");
    }

    @Test
    void flappingAndAcknowledgementSurviveARestart() {
        DocumentStore store = DocumentStores.inMemory();
        StoredAlertCorrelator first = open(store);
        first.ingestAll(List.of(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(0)),
                Alert.clear("prom", "db-1/disk", "db-1", t(1)),
                Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(2)),
                new Alert("pd", "db-1/disk", Severity.MINOR, "db-1", t(3), AlertStatus.ACKNOWLEDGED, Map.of())));
        StoredAlertCorrelator second = open(store);
        AlertGroup g = second.groups().findAll(second.groups().open()).get(0).value();
        assertThat(g.open()).containsExactly(new OpenAlert("db-1/disk", Severity.MINOR, 1, true));
        assertThat(g.transitions().get("db-1/disk")).containsExactly(t(0), t(1), t(2));
        // the fourth change within 20 minutes makes it flapping, as it would have without the restart
        assertThat(kinds(second.ingest(Alert.clear("prom", "db-1/disk", "db-1", t(4)))))
                .containsExactly(AlertAction.Kind.FLAPPING, AlertAction.Kind.ANNOTATE_INCIDENT);
    }

    @Test
    void aConflictingWriteKeepsNothingOfTheCallAndTheCorrelatorFollowsTheStore() {
        DocumentStore store = DocumentStores.inMemory();
        StoredAlertCorrelator mine = open(store);
        mine.ingest(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(0)));
        StoredAlertCorrelator other = open(store);
        other.ingest(Alert.firing("prom", "web-1/5xx", Severity.MAJOR, "web-1", t(1)));

        assertThatThrownBy(() -> mine.ingest(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(2))))
                .isInstanceOf(StaleVersionException.class);
        // reloaded: it now sees the other writer's alert, and its own failed repeat was not counted
        assertThat(mine.openAlerts()).isEqualTo(2);
        assertThat(mine.ingest(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(3))).get(0).count())
                .isEqualTo(2);
    }

    private static java.util.function.Function<List<AlertAction>, List<? extends org.itm.core.store.Write>> openIncidents(
            org.itm.core.outbox.Outbox outbox) {
        return actions -> actions.stream().filter(a -> a.kind() == AlertAction.Kind.OPEN_INCIDENT)
                .map(a -> outbox.enqueue("service-desk", org.itm.core.notify.Notification.builder().channel("desk")
                        .recipients("service-desk").subject("open an incident for " + a.groupId()).body(a.note())
                        .severity(Severity.MAJOR).correlationId(a.groupId().replace("#", "-")).deduplicationKey(a.alertKey())
                        .idempotencyKey("alert-group:" + a.groupId() + "|open").build(), a.at()))
                .toList();
    }

    @Test
    void effectsOfTheActionsAreStoredWithTheGroupsAndNotRepeatedAfterARestart() {
        DocumentStore store = DocumentStores.inMemory();
        org.itm.core.outbox.Outbox outbox = org.itm.core.outbox.Outbox.create(store);
        open(store).ingestAll(List.of(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(0)),
                Alert.firing("prom", "mail-1/queue", Severity.MAJOR, "mail-1", t(1))), openIncidents(outbox));
        assertThat(outbox.find("alert-group:shop#1|open")).isPresent();
        assertThat(outbox.find("alert-group:mail#2|open")).isPresent();

        // the alert is re-sent after a restart: deduplicated, so nothing more is enqueued
        StoredAlertCorrelator restarted = open(store);
        assertThat(kinds(restarted.ingestAll(List.of(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1",
                t(2))), openIncidents(outbox)))).containsExactly(AlertAction.Kind.DEDUPLICATED);
        assertThat(outbox.entries().findAll(outbox.entries().query())).hasSize(2);
    }

    @Test
    void anEffectThatConflictsLeavesNeitherTheGroupNorTheCounterStored() {
        DocumentStore store = DocumentStores.inMemory();
        org.itm.core.outbox.Outbox outbox = org.itm.core.outbox.Outbox.create(store);
        // someone recorded the entry the first group's effect will want
        store.write(openIncidents(outbox).apply(List.of(new AlertAction(AlertAction.Kind.OPEN_INCIDENT, "shop#1",
                "shop", "P3", "x", 1, t(0), "squatter"))));
        StoredAlertCorrelator c = open(store);
        assertThatThrownBy(() -> c.ingestAll(List.of(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(0))),
                openIncidents(outbox))).isInstanceOf(StaleVersionException.class);
        assertThat(c.openAlerts()).isZero();
        assertThat(c.groups().findAll(c.groups().query())).isEmpty();
        assertThat(open(store).ingest(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(1))).get(0)
                .groupId()).isEqualTo("shop#1");
    }

    @Test
    void aStoredGroupThatBreaksAnInvariantIsRejectedOnLoad() {
        DocumentStore store = DocumentStores.inMemory();
        AlertGroup g = new AlertGroup("shop#1", "shop", Severity.MINOR, "P3", t(0), t(1), false,
                List.of(new OpenAlert("db-1/disk", Severity.MINOR, 1, false)), Map.of());
        String json = ItmJson.toJson(g).replace("\"lastActivity\":\"2026-03-02T08:01:00Z\"",
                "\"lastActivity\":\"2026-03-01T08:01:00Z\"");
        store.declare(AlertGroupRepository.TYPE, java.util.Set.of("correlator", "service", "state"));
        store.create(AlertGroupRepository.TYPE, AlertGroupRepository.idOf("default", "shop#1"),
                Map.of("correlator", "default", "service", "shop", "state", "OPEN"), "{\"itm:typeVersion\":1,\"itm:value\":" + json + "}");
        assertThatThrownBy(() -> open(store)).isInstanceOf(StoredDocumentException.class)
                .hasMessageContaining("lastActivity").hasMessageContaining("must not be before openedAt");
    }

    @Test
    void aGroupStoredAtTypeVersion1IsReadAsItsServicesCurrentGroup() {
        DocumentStore store = DocumentStores.inMemory();
        store.declare(AlertGroupRepository.TYPE, java.util.Set.of("correlator", "service", "state"));
        store.create(AlertGroupRepository.TYPE, AlertGroupRepository.idOf("default", "shop#1"),
                Map.of("correlator", "default", "service", "shop", "state", "OPEN"),
                "{\"itm:typeVersion\":1,\"itm:value\":{\"id\":\"shop#1\",\"service\":\"shop\","
                        + "\"maxSeverity\":\"MINOR\",\"priority\":\"P3\",\"openedAt\":\"2026-03-02T08:00:00Z\","
                        + "\"lastActivity\":\"2026-03-02T08:00:00Z\",\"flapping\":false,\"open\":[{\"key\":"
                        + "\"db-1/disk\",\"severity\":\"MINOR\",\"count\":1,\"acknowledged\":false}],"
                        + "\"transitions\":{\"db-1/disk\":[\"2026-03-02T08:00:00Z\"]}}}");
        StoredAlertCorrelator c = open(store);
        assertThat(c.groups().get(c.groups().idOf("shop#1")).orElseThrow().value().superseded()).isFalse();
        assertThat(c.ingest(Alert.firing("prom", "web-1/5xx", Severity.MINOR, "web-1", t(3))).get(0).groupId())
                .isEqualTo("shop#1");
    }

    @Test
    void groupsRoundTripThroughTheRepository() {
        AlertGroupRepository groups = AlertGroupRepository.documentStore(DocumentStores.inMemory());
        AlertGroup g = new AlertGroup("shop#7", "shop", Severity.CRITICAL, "P1", t(0), t(5), true,
                List.of(new OpenAlert("db-1/disk", Severity.MINOR, 4, true),
                        new OpenAlert("web-1/5xx", Severity.CRITICAL, 1, false)),
                Map.of("db-1/disk", List.of(t(0), t(2), t(4))));
        groups.create(g);
        assertThat(groups.get(groups.idOf("shop#7"))).contains(new Versioned<>(g, 1));
    }

    @Test
    void restoreRefusesAnAlertOpenInTwoGroups() {
        AlertGroup a = new AlertGroup("shop#1", "shop", Severity.MINOR, "P3", t(0), t(0), false,
                List.of(new OpenAlert("k", Severity.MINOR, 1, false)), Map.of());
        AlertGroup b = new AlertGroup("shop#2", "shop", Severity.MINOR, "P3", t(0), t(0), false,
                List.of(new OpenAlert("k", Severity.MINOR, 1, false)), Map.of());
        assertThatThrownBy(() -> AlertCorrelator.builder(DIRECTORY).restore(List.of(a, b), -1).build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(org.itm.core.Violation::path)
                        .containsExactly("restore.groups[1].open", "restore.groupsOpened"));
    }
}
