package org.itm.operations.alert.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.json.ItmJson;
import org.junit.jupiter.api.Test;

/** Malformed, truncated and oversized alert documents: a clear error naming the entry and field, nothing half-read. */
class HostileAlertInputTest {

    private final AlertIntake intake = AlertIntake.builder(Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"),
            ZoneOffset.UTC)).build();

    private static List<String> reasons(AlertImport read) {
        return read.rejected().stream().flatMap(r -> r.reasons().stream()).map(Violation::toString).toList();
    }

    private static String am(String alerts) {
        return "{\"version\": \"4\", \"status\": \"firing\", \"receiver\": \"r\", \"groupKey\": \"g\", \"alerts\": ["
                + alerts + "]}";
    }

    private static final String GOOD = "{\"status\": \"firing\", \"labels\": {\"alertname\": \"A\", \"instance\": \"h1\"},"
            + " \"startsAt\": \"2026-03-02T08:00:00Z\", \"fingerprint\": \"f1\"}";

    @Test
    void truncatedDocumentsOfEveryFormatThrowWithLineAndColumn() {
        String sample = AlertIntakeTest.resource("alertmanager-v4.json");
        for (AlertFormat f : AlertFormat.values()) {
            String doc = f == AlertFormat.PAGERDUTY ? AlertIntakeTest.resource("pagerduty-events.json")
                    : f == AlertFormat.GRAFANA ? AlertIntakeTest.resource("grafana-webhook.json") : sample;
            assertThatThrownBy(() -> intake.read(f, doc.substring(0, doc.length() * 2 / 3)))
                    .as(f.name()).isInstanceOf(ItmValidationException.class).hasMessageContaining("(at line ");
        }
    }

    @Test
    void documentsOfTheWrongShapeThrowNamingThePath() {
        assertThatThrownBy(() -> intake.alertmanager("<html>bad gateway</html>"))
                .isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> intake.alertmanager("[]")).hasMessageContaining("$: must be an object");
        assertThatThrownBy(() -> intake.alertmanager("{\"version\": \"4\", \"alerts\": {}}"))
                .hasMessageContaining("$.alerts: must be an array, was object");
        assertThatThrownBy(() -> intake.alertmanager("{\"version\": 4, \"alerts\": []}"))
                .hasMessageContaining("$.version: must be '4'");
        assertThatThrownBy(() -> intake.alertmanager(am(GOOD).replace("\"receiver\": \"r\"", "\"receiver\": 7")))
                .hasMessageContaining("$.receiver: must be a string, was number");
        assertThatThrownBy(() -> intake.alertmanager(am(GOOD).replace("\"groupKey\": \"g\"",
                "\"groupKey\": \"g\", \"truncatedAlerts\": -1"))).hasMessageContaining("$.truncatedAlerts");
        assertThatThrownBy(() -> intake.pagerDuty("\"trigger\"")).hasMessageContaining("$: must be a PagerDuty event");
        assertThatThrownBy(() -> intake.grafana("")).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> intake.alertmanager(am(GOOD) + " {}")).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void duplicateKeysAndDeepNestingAreRefusedByTheMapper() {
        assertThatThrownBy(() -> intake.alertmanager(am(GOOD.replace("\"fingerprint\": \"f1\"",
                "\"fingerprint\": \"f1\", \"fingerprint\": \"f2\""))))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("fingerprint");
        String deep = "[".repeat(ItmJson.MAX_NESTING_DEPTH + 5) + "]".repeat(ItmJson.MAX_NESTING_DEPTH + 5);
        assertThatThrownBy(() -> intake.alertmanager(am(GOOD.replace("\"labels\"", "\"x\": " + deep + ", \"labels\""))))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("depth");
    }

    @Test
    void oversizedDocumentsAndEntriesAreRefused() {
        String huge = "x".repeat(ItmJson.MAX_STRING_CHARS + 1);
        assertThatThrownBy(() -> intake.alertmanager(am(GOOD.replace("\"A\"", "\"" + huge + "\""))))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("length");
        String padded = am(GOOD).replace("\"alerts\"", " ".repeat((int) ItmJson.MAX_DOCUMENT_CHARS) + "\"alerts\"");
        assertThatThrownBy(() -> intake.alertmanager(padded)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("Document length (16777425) exceeds the maximum allowed (16777216");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= AlertIntake.MAX_ALERTS; i++) {
            many.append(i == 0 ? "" : ",").append("{}");
        }
        assertThatThrownBy(() -> intake.alertmanager(am(many.toString())))
                .hasMessageContaining("$.alerts: holds 100001 entries, more than 100000");
        String longValue = "v".repeat(20_000);
        AlertImport read = intake.alertmanager(am(GOOD + "," + GOOD.replace("\"h1\"", "\"" + longValue + "\"")
                .replace("f1", "f2")));
        assertThat(read.accepted()).hasSize(1);
        assertThat(reasons(read)).containsExactly("$.alerts[1].labels.instance: is longer than 16384 characters (20000)");
    }

    @Test
    void everyBadFieldOfAnAlertIsNamedAndTheOthersAreKept() {
        String bad = "{\"status\": \"open\", \"labels\": {\"instance\": 5}, \"annotations\": [],"
                + " \"startsAt\": \"yesterday\", \"endsAt\": \"2026-03-02T07:00:00\", \"fingerprint\": \"\"}";
        String ended = "{\"status\": \"resolved\", \"labels\": {\"instance\": \"h2\"}, \"startsAt\": \"2026-03-02T08:00:00Z\","
                + " \"endsAt\": \"0001-01-01T00:00:00Z\", \"fingerprint\": \"f3\"}";
        String backwards = "{\"status\": \"resolved\", \"labels\": {\"instance\": \"h3\"}, \"startsAt\": \"2026-03-02T08:00:00Z\","
                + " \"endsAt\": \"2026-03-02T07:00:00Z\", \"fingerprint\": \"f4\"}";
        AlertImport read = intake.alertmanager(am(GOOD + "," + bad + ", null, " + ended + "," + backwards));

        assertThat(read.entries()).isEqualTo(5);
        assertThat(read.accepted()).extracting(a -> a.deduplicationKey()).containsExactly("f1");
        assertThat(read.rejected()).extracting(AlertRejection::entry).containsExactly("alerts[1] (fingerprint '')",
                "alerts[2]", "alerts[3] (fingerprint 'f3')", "alerts[4] (fingerprint 'f4')");
        assertThat(read.rejected().get(0).reasons()).extracting(Violation::toString).containsExactly(
                "$.alerts[1].status: must be firing or resolved, was 'open'",
                "$.alerts[1].labels.instance: must be a string, was number",
                "$.alerts[1].annotations: must be an object, was array",
                "$.alerts[1].startsAt: is not an RFC 3339 timestamp: 'yesterday'",
                "$.alerts[1].endsAt: has no UTC offset: '2026-03-02T07:00:00'",
                "$.alerts[1].fingerprint: must not be blank");
        assertThat(read.rejected().get(1).describe()).isEqualTo("alerts[2]: $.alerts[2]: must be an object, was null");
        assertThat(read.rejected().get(2).reasons()).extracting(Violation::toString).containsExactly(
                "$.alerts[3].endsAt: is required for a resolved alert (it says when the alert ended)");
        assertThat(read.rejected().get(3).reasons()).extracting(Violation::toString).containsExactly(
                "$.alerts[4].endsAt: must not be before startsAt (2026-03-02T08:00:00Z), was 2026-03-02T07:00:00Z");
    }

    @Test
    void grafanaLinksOfTheWrongTypeAreNamed() {
        String json = AlertIntakeTest.resource("grafana-webhook.json").replace(
                "\"dashboardURL\": \"https://grafana.example.org/d/shop-overview?orgId=1\"", "\"dashboardURL\": {}");
        AlertImport read = intake.grafana(json);
        assertThat(reasons(read)).containsExactly("$.alerts[0].dashboardURL: must be a string, was object");
        assertThat(read.accepted()).hasSize(1);
    }

    @Test
    void pagerDutyEventsWithBadFieldsAreRejectedWithEveryReason() {
        String json = """
                [{"routing_key": "k", "event_action": "escalate", "dedup_key": "a"},
                 {"routing_key": "k", "event_action": "trigger"},
                 {"routing_key": "k", "event_action": "resolve"},
                 {"event_action": "trigger", "payload": {"summary": "%s", "source": "", "severity": "fatal",
                  "timestamp": "17:00"}},
                 {"routing_key": "k", "event_action": "acknowledge", "dedup_key": "ok"}]
                """.formatted("s".repeat(1025));
        AlertImport read = intake.pagerDuty(json);
        assertThat(read.accepted()).extracting(a -> a.deduplicationKey()).containsExactly("ok");
        assertThat(read.rejected()).extracting(AlertRejection::entry).containsExactly("events[0] (dedup_key 'a')",
                "events[1]", "events[2]", "events[3]");
        assertThat(read.rejected().get(0).reasons()).extracting(Violation::toString)
                .containsExactly("$[0].event_action: must be trigger, acknowledge or resolve, was 'escalate'");
        assertThat(read.rejected().get(1).reasons()).extracting(Violation::toString)
                .containsExactly("$[1].payload: is required for a trigger event");
        assertThat(read.rejected().get(2).reasons()).extracting(Violation::toString)
                .containsExactly("$[2].dedup_key: is required for an resolve event");
        assertThat(read.rejected().get(3).reasons()).extracting(Violation::toString).containsExactly(
                "$[3].routing_key: is required",
                "$[3].payload.summary: is longer than 1024 characters (1025)",
                "$[3].payload.source: must not be blank",
                "$[3].payload.severity: must be critical, error, warning or info, was 'fatal'",
                "$[3].payload.timestamp: is not an RFC 3339 timestamp: '17:00'");
    }
}
