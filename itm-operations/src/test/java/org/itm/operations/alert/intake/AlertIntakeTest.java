package org.itm.operations.alert.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itm.testkit.validation.ValidationFailures.violationsOf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.notify.Severity;
import org.itm.operations.alert.Alert;
import org.itm.operations.alert.AlertAction;
import org.itm.operations.alert.AlertCorrelator;
import org.itm.operations.alert.AlertStatus;
import org.itm.operations.alert.ServiceDirectory;
import org.junit.jupiter.api.Test;

class AlertIntakeTest {

    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AlertIntake intake = AlertIntake.builder(CLOCK).build();

    static String resource(String name) {
        try (InputStream in = AlertIntakeTest.class.getResourceAsStream("/alerts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void alertmanagerPayloadBecomesFiringAndClearedAlertsKeyedByFingerprint() {
        AlertImport read = intake.alertmanager(resource("alertmanager-v4.json"));

        assertThat(read.format()).isEqualTo(AlertFormat.ALERTMANAGER);
        assertThat(read.entries()).isEqualTo(3);
        assertThat(read.rejected()).isEmpty();
        assertThat(read.warnings()).isEmpty();
        List<Alert> alerts = read.accepted();
        Alert lag = alerts.get(0);
        assertThat(lag.source()).isEqualTo("alertmanager");
        assertThat(lag.deduplicationKey()).isEqualTo("4f2a91c07be3d518");
        assertThat(lag.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(lag.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(lag.ci()).isEqualTo("db-2.shop.internal:9187");
        assertThat(lag.service()).contains("shop-db");
        assertThat(lag.at()).isEqualTo(Instant.parse("2026-03-02T08:14:30.512345678Z"));
        assertThat(lag.payload()).containsEntry("receiver", "itm-webhook")
                .containsEntry("groupKey", "{}/{team=\"shop\"}:{alertname=\"PostgresReplicationLag\"}")
                .containsEntry("labels.alertname", "PostgresReplicationLag")
                .containsEntry("annotations.summary", "Replica db-2 is 184 s behind its primary")
                .containsEntry("severityRule", "critical")
                .containsKey("generatorURL");

        Alert second = alerts.get(1);
        assertThat(second.severity()).isEqualTo(Severity.WARNING);
        assertThat(second.at()).isEqualTo(Instant.parse("2026-03-02T07:16:00Z"));

        Alert resolved = alerts.get(2);
        assertThat(resolved.status()).isEqualTo(AlertStatus.CLEAR);
        assertThat(resolved.at()).isEqualTo(Instant.parse("2026-03-02T08:10:15.250Z"));
        assertThat(resolved.service()).isEmpty();
        assertThat(resolved.ci()).isEqualTo("db-4.shop.internal:9187");
    }

    @Test
    void alertmanagerAlertsCorrelateIntoOneIncidentOfTheirLabelledService() {
        AlertCorrelator correlator = AlertCorrelator.builder(ServiceDirectory.of(Map.of(), Map.of("shop-db", 1), 3))
                .build();
        List<AlertAction> actions = new java.util.ArrayList<>();
        // sent twice, as Alertmanager repeats a group's firing alerts on every notification
        for (int i = 0; i < 2; i++) {
            for (Alert a : intake.alertmanager(resource("alertmanager-v4.json")).accepted()) {
                actions.addAll(correlator.ingest(a));
            }
        }
        assertThat(actions).extracting(AlertAction::kind).containsExactly(
                AlertAction.Kind.OPEN_INCIDENT, AlertAction.Kind.ATTACH_TO_INCIDENT, AlertAction.Kind.IGNORED,
                AlertAction.Kind.DEDUPLICATED, AlertAction.Kind.DEDUPLICATED, AlertAction.Kind.IGNORED);
        assertThat(actions.get(0).service()).isEqualTo("shop-db");
        assertThat(actions.get(0).priority()).isEqualTo("P1");
        assertThat(actions.get(4).count()).isEqualTo(2);
        assertThat(correlator.openAlerts()).isEqualTo(2);
    }

    @Test
    void truncatedAlertsAreReportedAsAWarning() {
        String json = resource("alertmanager-v4.json").replace("\"truncatedAlerts\": 0", "\"truncatedAlerts\": 12");
        assertThat(intake.alertmanager(json).warnings()).singleElement().asString()
                .startsWith("12 alert(s) of group '{}/{team=\"shop\"}:{alertname=\"PostgresRep' (and 13 more characters)"
                        + " were left out by the sender (truncatedAlerts)");
    }

    @Test
    void grafanaPayloadKeepsItsLinksAndMapsItsSeverityLabel() {
        AlertImport read = intake.grafana(resource("grafana-webhook.json"));

        assertThat(read.rejected()).isEmpty();
        Alert firing = read.accepted().get(0);
        assertThat(firing.source()).isEqualTo("grafana");
        assertThat(firing.deduplicationKey()).isEqualTo("e93b7c1d04a5f218");
        assertThat(firing.ci()).isEqualTo("web-1");
        assertThat(firing.service()).contains("checkout");
        assertThat(firing.severity()).isEqualTo(Severity.MAJOR);
        assertThat(firing.at()).isEqualTo(Instant.parse("2026-03-02T08:02:10.118230Z"));
        assertThat(firing.payload()).containsEntry("dashboardURL", "https://grafana.example.org/d/shop-overview?orgId=1")
                .containsEntry("panelURL", "https://grafana.example.org/d/shop-overview?orgId=1&viewPanel=4")
                .containsEntry("receiver", "itm-contact-point");
        Alert resolved = read.accepted().get(1);
        assertThat(resolved.status()).isEqualTo(AlertStatus.CLEAR);
        assertThat(resolved.at()).isEqualTo(Instant.parse("2026-03-02T07:58:30Z"));
        assertThat(resolved.severity()).isEqualTo(Severity.WARNING);
        assertThat(resolved.payload()).containsEntry("severityRule", SeverityRules.FALLBACK)
                .doesNotContainKey("dashboardURL");
    }

    @Test
    void grafanaVersionIsNotAlertmanagers() {
        assertThatThrownBy(() -> intake.alertmanager(resource("grafana-webhook.json")))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("$.version").hasMessageContaining("must be '4'");
    }

    @Test
    void pagerDutyTriggerAcknowledgeAndResolveFollowOneDedupKey() {
        AlertImport read = intake.pagerDuty(resource("pagerduty-events.json"));

        assertThat(read.rejected()).isEmpty();
        assertThat(read.accepted()).extracting(Alert::status)
                .containsExactly(AlertStatus.FIRING, AlertStatus.ACKNOWLEDGED, AlertStatus.CLEAR);
        Alert trigger = read.accepted().get(0);
        assertThat(trigger.deduplicationKey()).isEqualTo("billing-api/disk-full/app-7");
        assertThat(trigger.ci()).isEqualTo("app-7.billing.internal");
        assertThat(trigger.severity()).isEqualTo(Severity.MAJOR);
        assertThat(trigger.at()).isEqualTo(Instant.parse("2026-03-02T10:15:42.315Z"));
        assertThat(trigger.payload()).containsEntry("labels.component", "billing-api")
                .containsEntry("labels.group", "billing")
                .containsEntry("labels.custom_details.used_percent", "98")
                .containsEntry("labels.custom_details.inode_pressure", "false")
                .doesNotContainKey("labels.custom_details.history")
                .containsEntry("annotations.summary", "Disk /var full (98 %) on app-7.billing.internal")
                .containsEntry("client", "Nagios");
        assertThat(read.accepted().get(1).at()).isEqualTo(NOW);
        assertThat(read.accepted().get(2).ci()).isEqualTo("billing-api/disk-full/app-7");

        AlertCorrelator correlator = AlertCorrelator.builder(ServiceDirectory.of(
                Map.of("app-7.billing.internal", "billing"), Map.of("billing", 2), 3)).build();
        List<AlertAction.Kind> kinds = read.accepted().stream()
                .flatMap(a -> correlator.ingest(a).stream()).map(AlertAction::kind).toList();
        assertThat(kinds).containsExactly(AlertAction.Kind.OPEN_INCIDENT, AlertAction.Kind.ACKNOWLEDGED,
                AlertAction.Kind.RESOLVE_INCIDENT);
    }

    @Test
    void pagerDutyTriggerWithoutDedupKeyGetsAStableDerivedKey() {
        String event = """
                {"routing_key": "abc", "event_action": "trigger",
                 "payload": {"summary": "ping failed", "source": "sw-3", "severity": "critical"}}""";
        Alert a = intake.pagerDuty(event).accepted().get(0);
        assertThat(a.deduplicationKey()).startsWith("pd-").hasSize(35)
                .isEqualTo(intake.pagerDuty(event).accepted().get(0).deduplicationKey());
        assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void severityRulesFromYamlSeeLabelsAnnotationsAndFormat() {
        SeverityRules rules = SeverityRules.fromYaml("""
                name: team-severity
                strategy: FIRST_MATCH
                rules:
                  - name: shop-critical-pages
                    when:
                      all:
                        - {field: labels.team, op: eq, value: shop}
                        - {field: labels.severity, op: eq, value: critical}
                    then: CRITICAL
                  - name: replication-is-minor
                    when: {field: annotations.summary, op: contains, value: behind}
                    then: MINOR
                """, Severity.INFO);
        AlertIntake custom = AlertIntake.builder(CLOCK).severityRules(rules).build();
        List<Alert> alerts = custom.alertmanager(resource("alertmanager-v4.json")).accepted();
        assertThat(alerts).extracting(Alert::severity).containsExactly(Severity.CRITICAL, Severity.MINOR,
                Severity.MINOR);
        assertThat(alerts.get(1).payload()).containsEntry("severityRule", "replication-is-minor");
    }

    @Test
    void severityRulesWithAnUnknownOutcomeAreRefusedWithTheirPath() {
        assertThatThrownBy(() -> SeverityRules.fromYaml("""
                name: bad
                strategy: FIRST_MATCH
                rules:
                  - name: r1
                    when: {field: labels.severity, op: eq, value: critical}
                    then: SEVERE
                """, Severity.INFO)).isInstanceOf(ItmValidationException.class).hasMessageContaining("$.rules[0]");
    }

    @Test
    void ciAndServiceLabelsAreConfigurable() {
        AlertIntake byJob = AlertIntake.builder(CLOCK).ciLabels("job").serviceLabels("team").build();
        Alert a = byJob.alertmanager(resource("alertmanager-v4.json")).accepted().get(0);
        assertThat(a.ci()).isEqualTo("postgres-exporter");
        assertThat(a.service()).contains("shop");
    }

    @Test
    void anAlertWithoutCiOrServiceLabelIsRejectedNamingTheLabelsTried() {
        String json = """
                {"version": "4", "status": "firing", "receiver": "r", "groupKey": "g", "alerts": [
                  {"status": "firing", "labels": {"alertname": "Watchdog"}, "startsAt": "2026-03-02T08:00:00Z",
                   "fingerprint": "00aa"}]}""";
        AlertImport read = intake.alertmanager(json);
        assertThat(read.accepted()).isEmpty();
        assertThat(read.rejected()).singleElement().satisfies(r -> assertThat(r.describe()).isEqualTo(
                "alerts[0] (fingerprint '00aa'): $.alerts[0].labels: has none of the CI labels [instance, host, "
                        + "source] nor a service label [service]"));
    }

    @Test
    void builderNamesEveryBadSetting() {
        assertThat(violationsOf(() -> AlertIntake.builder(CLOCK).ciLabels().serviceLabels("a", " ", "a")
                .severityRules(null).clock(null).build()))
                .containsExactly(
                        new Violation("ciLabels", "must name at least one label"),
                        new Violation("clock", "must be set: PagerDuty events without a timestamp are stamped from it"),
                        new Violation("serviceLabels[1]", "must not be blank"),
                        new Violation("severityRules", "must not be null"),
                        new Violation("serviceLabels[2]", "repeats 'a'"));
        assertThat(violationsOf(() -> AlertIntake.builder(CLOCK).ciLabels("host", null).serviceLabels(null)
                .build()))
                .containsExactly(new Violation("ciLabels[1]", "must not be blank"),
                        new Violation("serviceLabels", "must not be null"));
    }

    @Test
    void validSettingsAreKept() {
        AlertIntake custom = AlertIntake.builder(CLOCK).ciLabels("node", "host").serviceLabels().build();
        assertThat(custom.ciLabels()).containsExactly("node", "host");
        assertThat(custom.serviceLabels()).isEmpty();
    }

    @Test
    void readDispatchesOnTheFormat() {
        assertThat(intake.read(AlertFormat.GRAFANA, resource("grafana-webhook.json")).accepted()).hasSize(2);
        assertThat(Optional.of(AlertFormat.PAGERDUTY.source())).contains("pagerduty");
    }
}
