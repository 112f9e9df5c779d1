package org.itm.operations.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.notify.Severity;
import org.junit.jupiter.api.Test;

class AlertCorrelatorTest {

    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");
    static final ServiceDirectory DIRECTORY = ServiceDirectory.of(
            Map.of("db-1", "shop", "web-1", "shop", "mail-1", "mail"), Map.of("shop", 1, "mail", 2), 3);

    static Instant t(int minutes) {
        return T.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void deduplicatesCorrelatesByServiceAndResolvesWhenAllClear() {
        AlertCorrelator c = AlertCorrelator.builder(DIRECTORY).build();
        List<AlertAction> first = c.ingest(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(0)));
        assertThat(first).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertAction.Kind.OPEN_INCIDENT);
            assertThat(a.priority()).isEqualTo("P3");
        });
        String group = first.get(0).groupId();
        assertThat(c.ingest(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(1))))
                .extracting(AlertAction::kind, AlertAction::count).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AlertAction.Kind.DEDUPLICATED, 2L));
        List<AlertAction> web = c.ingest(Alert.firing("prom", "web-1/5xx", Severity.CRITICAL, "web-1", t(3)));
        assertThat(web).extracting(AlertAction::kind).containsExactly(AlertAction.Kind.RAISE_PRIORITY,
                AlertAction.Kind.ATTACH_TO_INCIDENT);
        assertThat(web.get(1).groupId()).isEqualTo(group);
        assertThat(web.get(1).priority()).isEqualTo("P1");
        assertThat(c.ingest(Alert.firing("prom", "mail-1/queue", Severity.MAJOR, "mail-1", t(4))).get(0).kind())
                .isEqualTo(AlertAction.Kind.OPEN_INCIDENT);
        assertThat(c.ingest(Alert.clear("prom", "db-1/disk", "db-1", t(5))).get(0).kind())
                .isEqualTo(AlertAction.Kind.ALERT_CLEARED);
        assertThat(c.ingest(Alert.clear("prom", "web-1/5xx", "web-1", t(6))).get(0).kind())
                .isEqualTo(AlertAction.Kind.RESOLVE_INCIDENT);
        assertThat(c.ingest(Alert.clear("prom", "web-1/5xx", "web-1", t(7))).get(0).kind())
                .isEqualTo(AlertAction.Kind.IGNORED);
        assertThat(c.openAlerts()).isEqualTo(1);
        // outside the window a new alert opens a new incident
        assertThat(c.ingest(Alert.firing("prom", "db-1/disk", Severity.MINOR, "db-1", t(30))).get(0).kind())
                .isEqualTo(AlertAction.Kind.OPEN_INCIDENT);
    }

    @Test
    void flappingAlertIsReportedOnceAndItsClearOnlyAnnotates() {
        AlertCorrelator c = AlertCorrelator.builder(DIRECTORY).flapping(4, Duration.ofMinutes(20)).build();
        long flapping = 0;
        AlertAction last = null;
        for (int i = 0; i < 6; i++) {
            List<AlertAction> f = c.ingest(Alert.firing("prom", "web-1/ping", Severity.MAJOR, "web-1", t(2 * i)));
            List<AlertAction> cl = c.ingest(Alert.clear("prom", "web-1/ping", "web-1", t(2 * i + 1)));
            flapping += f.stream().filter(a -> a.kind() == AlertAction.Kind.FLAPPING).count()
                    + cl.stream().filter(a -> a.kind() == AlertAction.Kind.FLAPPING).count();
            last = cl.get(cl.size() - 1);
        }
        assertThat(flapping).isEqualTo(1);
        assertThat(last.kind()).isEqualTo(AlertAction.Kind.ANNOTATE_INCIDENT);
        assertThat(last.note()).contains("flapping");
        assertThat(c.groups()).isEqualTo(1);
    }

    @Test
    void annotatePolicyNeverResolvesAndBadSettingsAreNamed() {
        AlertCorrelator c = AlertCorrelator.builder(DIRECTORY).allClear(AllClearPolicy.ANNOTATE).build();
        c.ingest(Alert.firing("prom", "k", Severity.WARNING, "unknown-ci", t(0)));
        assertThat(c.ingest(Alert.clear("prom", "k", "unknown-ci", t(1))).get(0).kind())
                .isEqualTo(AlertAction.Kind.ANNOTATE_INCIDENT);
        assertThatThrownBy(() -> AlertCorrelator.builder(DIRECTORY).correlationWindow(Duration.ZERO)
                .flapping(1, Duration.ofMinutes(1)).build()).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("correlationWindow").hasMessageContaining("flapping.count");
    }

    @Test
    void memoryStaysBoundedByOpenAlerts() {
        AlertCorrelator c = AlertCorrelator.builder(DIRECTORY).build();
        for (int i = 0; i < 50_000; i++) {
            Instant at = T.plusSeconds(i);
            c.ingest(Alert.firing("prom", "k" + i, Severity.MINOR, "ci-" + (i % 500), at));
            c.ingest(Alert.clear("prom", "k" + i, "ci-" + (i % 500), at.plusMillis(500)));
        }
        assertThat(c.openAlerts()).isZero();
        assertThat(c.groups()).isLessThan(5_000);
    }
}
