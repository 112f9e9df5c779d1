package org.itm.operations.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaTimeline;
import org.junit.jupiter.api.Test;

class ServiceNowTableImporterTest {

    static String resource(String name) {
        try (InputStream in = ServiceNowTableImporterTest.class.getResourceAsStream("/tickets/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void displayValueAndValuePairsBecomeTimelinesInUtc() {
        ImportResult r = ServiceNowTableImporter.create().importJson(resource("servicenow-incidents-display-all.json"));

        assertThat(r.report().rowsRead()).isEqualTo(3);
        assertThat(r.report().rejected()).isEmpty();
        IncidentTimeline closed = r.incident("INC0010031").orElseThrow();
        assertThat(closed.openedAt()).isEqualTo(Instant.parse("2026-03-02T08:14:05Z"));
        assertThat(closed.resolvedAt()).contains(Instant.parse("2026-03-02T10:02:41Z"));
        assertThat(closed.closedAt()).contains(Instant.parse("2026-03-05T10:05:00Z"));
        assertThat(closed.timeToResolve()).contains(Duration.ofSeconds(6516));
        assertThat(closed.updates()).extracting(IncidentUpdate::state).containsExactly(ServiceNowState.NEW,
                ServiceNowState.RESOLVED, ServiceNowState.CLOSED);
        assertThat(closed.updates().get(0).updatedBy()).contains("Beth Anglin");
        assertThat(closed.updates().get(1).updatedBy()).contains("David Loo");
        IncidentUpdate last = closed.lastUpdate();
        assertThat(last.modCount()).isEqualTo(17);
        assertThat(last.reassignmentCount()).isEqualTo(2);
        assertThat(last.madeSla()).isFalse();
        assertThat(last.assignmentGroup()).contains("Network");
        assertThat(last.priority()).isEqualTo("1 - Critical");
        SlaTimeline sla = closed.toSlaTimeline();
        assertThat(sla.events()).extracting(SlaEvent::state, SlaEvent::priority).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NEW", "P1"), org.assertj.core.groups.Tuple.tuple("RESOLVED", "P1"),
                org.assertj.core.groups.Tuple.tuple("CLOSED", "P1"));
        assertThat(sla.attributes()).containsEntry("assignmentGroup", "Network");

        IncidentTimeline onHold = r.incident("INC0010032").orElseThrow();
        assertThat(onHold.updates()).extracting(IncidentUpdate::state, IncidentUpdate::updatedAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ServiceNowState.NEW, Instant.parse("2026-03-03T07:30:00Z")),
                org.assertj.core.groups.Tuple.tuple(ServiceNowState.AWAITING_VENDOR,
                        Instant.parse("2026-03-03T09:45:12Z")));
        assertThat(onHold.toSlaTimeline().events().get(1).reason()).isEqualTo("AWAITING_VENDOR");

        IncidentTimeline reopened = r.incident("INC0010033").orElseThrow();
        assertThat(reopened.updates()).extracting(IncidentUpdate::state).containsExactly(ServiceNowState.NEW,
                ServiceNowState.RESOLVED, ServiceNowState.IN_PROGRESS);
        assertThat(reopened.lastUpdate().reopenCount()).isEqualTo(1);
    }

    @Test
    void importedIncidentsFeedTheKpis() {
        ImportResult r = ServiceNowTableImporter.create().importJson(resource("servicenow-incidents-display-all.json"));
        IncidentGroupKpis all = IncidentLogKpis.compute(r.incidents()).overall();
        assertThat(all.incidents()).isEqualTo(3);
        assertThat(all.resolved()).isEqualTo(2);
        assertThat(all.mttrMean()).contains(Duration.ofSeconds(7158));
        assertThat(all.mttrMedian()).contains(Duration.ofSeconds(7158));
        assertThat(all.reassigned()).isEqualTo(new CountShare(2, 3));
        assertThat(all.reopened()).isEqualTo(new CountShare(1, 3));
        assertThat(all.slaMade()).isEqualTo(new CountShare(2, 3));
    }

    @Test
    void plainDisplayValuesAreReadInTheUsersZoneAndBadRecordsAreRejectedWithEveryReason() {
        String json = resource("servicenow-incidents-display-true.json");
        ImportResult r = ServiceNowTableImporter.builder().zone(ZoneId.of("Europe/Berlin")).build().importJson(json);

        assertThat(r.incidents()).extracting(IncidentTimeline::number).containsExactly("INC0010031");
        assertThat(r.incident("INC0010031").orElseThrow().openedAt()).isEqualTo(Instant.parse("2026-03-02T08:14:05Z"));
        List<RowIssue> rejected = r.report().rejected();
        assertThat(rejected).extracting(RowIssue::row).containsExactly(2L, 3L, 4L);
        assertThat(rejected.get(0).incident()).isEqualTo("INC0010034");
        assertThat(rejected.get(0).line()).isEqualTo(lineOf(json, "\"sys_id\": \"0ef47232db801300864adfea5e961912\"") - 1);
        assertThat(rejected.get(0).reason()).isEqualTo("$.result[1].resolved_at: 'not yet' is not a yyyy-MM-dd "
                + "HH:mm:ss timestamp; $.result[1].reassignment_count: must not be negative, was -1; "
                + "$.result[1].made_sla: 'yes' is not true or false");
        assertThat(rejected.get(1).reason()).startsWith("$.result[2].hold_reason: must be Awaiting Caller");
        assertThat(rejected.get(2).reason()).isEqualTo("$.result[3].number: duplicate of record 1 (INC0010031)");
        assertThat(r.report().rowsUsed()).isEqualTo(1);
    }

    @Test
    void strictModeFailsOnTheFirstRejectedRecord() {
        assertThatThrownBy(() -> ServiceNowTableImporter.builder().strict(true).build()
                .importJson(resource("servicenow-incidents-display-true.json")))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("result[1]")
                .hasMessageContaining("INC0010034");
    }

    @Test
    void aSingleRecordAnswerAndCodesOnlyAreRead() {
        ImportResult r = ServiceNowTableImporter.create().importJson("""
                {"result": {"number": "INC0000077", "state": "6", "priority": "2",
                            "opened_at": "2026-03-01 10:00:00", "resolved_at": "2026-03-01 12:30:00"}}""");
        IncidentTimeline t = r.incidents().get(0);
        assertThat(t.priority()).isEqualTo("2 - High");
        assertThat(t.lastUpdate().state()).isEqualTo(ServiceNowState.RESOLVED);
        assertThat(t.timeToResolve()).contains(Duration.ofMinutes(150));
        assertThat(Optional.of(t.lastUpdate().active())).contains(false);
    }

    static long lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
