package org.itm.examples.durable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.notify.Notification;
import org.itm.core.notify.RecordingNotifier;
import org.itm.operations.alert.AlertAction;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentId;
import org.itm.operations.incident.PriorityPolicy;
import org.itm.operations.oncall.Layer;
import org.itm.operations.oncall.OnCallSchedule;
import org.itm.operations.oncall.TurnLength;
import org.itm.operations.paging.EscalationLevel;
import org.itm.operations.paging.EscalationPolicy;
import org.itm.operations.paging.IncidentPaging;
import org.itm.operations.paging.NotificationLedger;
import org.itm.operations.paging.OnCallPage;
import org.itm.operations.paging.PageStatus;
import org.itm.operations.paging.PageStore;
import org.itm.operations.paging.Pager;
import org.itm.operations.paging.ServicePolicyDirectory;
import org.itm.store.jdbc.JdbcDocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paging survives a restart: the pages and the notification ledger live in an H2 file; each "process" opens the
 * file, evaluates once and closes it, every minute across the night Berlin springs forward. Every level of the
 * policy is notified exactly once, at its time, as an uninterrupted process would.
 */
class PagingRestartTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant T0 = Instant.parse("2026-03-29T00:40:00Z");

    @TempDir
    Path dir;

    @Test
    void aStoredLedgerReopenedAfterEveryEvaluationNotifiesEachLevelOnce() {
        String url = "jdbc:h2:file:" + dir.resolve("paging").toAbsolutePath();
        RecordingNotifier notifier = RecordingNotifier.create("rec");
        Instant[] now = {T0};
        Clock clock = new Clock() {
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
                return now[0];
            }
        };
        OnCallSchedule rota = new OnCallSchedule("db-rota", BERLIN, List.of(new Layer("primary", BERLIN,
                List.of("ann", "bob"), LocalDateTime.parse("2026-03-23T09:00"), TurnLength.weekly(), List.of())),
                List.of());
        EscalationPolicy policy = new EscalationPolicy("db-policy", List.of(
                new EscalationLevel(List.of("db-rota"), List.of(), List.of(), Duration.ofMinutes(10)),
                new EscalationLevel(List.of(), List.of("lead"), List.of(), Duration.ofMinutes(20))), 1);
        Incident incident = Incident.open(new IncidentId("INC-7"), "replication lag", "performance", 2, 1,
                PriorityPolicy.itil3x3(), T0, "monitoring")
                .affect(Optional.of("database"), Optional.empty(), T0, "monitoring");
        AlertAction opened = new AlertAction(AlertAction.Kind.OPEN_INCIDENT, "g7", "database", "P2", "prom/lag",
                1, T0, "new group");

        for (int minute = 0; minute <= 75; minute++) {
            now[0] = T0.plus(Duration.ofMinutes(minute));
            try (JdbcDocumentStore store = JdbcDocumentStore.builder().url(url).build()) {
                Pager pager = Pager.create(Map.of("db-policy", policy), Map.of("db-rota", rota), notifier,
                        NotificationLedger.stored(store), clock);
                IncidentPaging paging = IncidentPaging.create(pager,
                        ServicePolicyDirectory.of(Map.of("database", "db-policy")), PageStore.stored(store));
                // the alert is delivered again after every restart: the page is the same one
                paging.onAlert(incident, opened);
                paging.evaluateAll();
            }
        }

        assertThat(notifier.received()).extracting(Notification::deduplicationKey).containsExactly(
                "incident:INC-7/0/0/ann", "incident:INC-7/1/0/lead", "incident:INC-7/0/1/ann",
                "incident:INC-7/1/1/lead");
        try (JdbcDocumentStore store = JdbcDocumentStore.builder().url(url).build()) {
            OnCallPage page = PageStore.stored(store).find("incident:INC-7").orElseThrow();
            assertThat(page.status()).isEqualTo(PageStatus.TRIGGERED);
            assertThat(page.timeline()).filteredOn(e -> e.kind().equals("notified")).extracting(e -> e.at())
                    .containsExactly(T0, T0.plus(Duration.ofMinutes(10)), T0.plus(Duration.ofMinutes(30)),
                            T0.plus(Duration.ofMinutes(40)));
        }
    }
}
