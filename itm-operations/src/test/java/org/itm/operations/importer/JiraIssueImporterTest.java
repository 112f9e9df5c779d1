package org.itm.operations.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.operations.sla.SlaEvent;
import org.junit.jupiter.api.Test;

class JiraIssueImporterTest {

    private final JiraIssueImporter importer = JiraIssueImporter.builder().slaField("customfield_10030")
            .groupField("components").build();

    private static String sample() {
        return ServiceNowTableImporterTest.resource("jira-search-changelog.json");
    }

    @Test
    void changelogHistoriesBecomeTheIncidentTimeline() {
        ImportResult r = importer.importJson(sample());

        assertThat(r.report().rejected()).isEmpty();
        assertThat(r.report().warnings()).isEmpty();
        IncidentTimeline t = r.incident("OPS-231").orElseThrow();
        assertThat(t.openedAt()).isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
        assertThat(t.resolvedAt()).contains(Instant.parse("2026-03-02T11:50:30Z"));
        assertThat(t.closedAt()).isEmpty();
        assertThat(t.timeToResolve()).contains(Duration.ofSeconds(12930));
        assertThat(t.updates()).extracting(IncidentUpdate::updatedAt, IncidentUpdate::state, IncidentUpdate::priority)
                .containsExactly(
                        tuple(Instant.parse("2026-03-02T08:15:00Z"), ServiceNowState.NEW, "3 - Moderate"),
                        tuple(Instant.parse("2026-03-02T08:21:40.112Z"), ServiceNowState.IN_PROGRESS, "3 - Moderate"),
                        tuple(Instant.parse("2026-03-02T08:40:00Z"), ServiceNowState.IN_PROGRESS, "2 - High"),
                        tuple(Instant.parse("2026-03-02T09:05:00Z"), ServiceNowState.AWAITING_USER_INFO, "2 - High"),
                        tuple(Instant.parse("2026-03-02T10:35:00Z"), ServiceNowState.IN_PROGRESS, "2 - High"),
                        tuple(Instant.parse("2026-03-02T11:50:30Z"), ServiceNowState.RESOLVED, "2 - High"));
        IncidentUpdate last = t.lastUpdate();
        assertThat(last.updatedBy()).contains("Noah Ito");
        assertThat(last.reassignmentCount()).isEqualTo(1);
        assertThat(last.reopenCount()).isZero();
        assertThat(last.madeSla()).isTrue();
        assertThat(last.assignmentGroup()).contains("Payments");

        assertThat(t.toSlaTimeline().events()).extracting(SlaEvent::state, SlaEvent::reason, SlaEvent::priority)
                .containsExactly(tuple("NEW", "", "P3"), tuple("IN_PROGRESS", "", "P3"), tuple("IN_PROGRESS", "", "P2"),
                        tuple("ON_HOLD", "AWAITING_CUSTOMER", "P2"), tuple("IN_PROGRESS", "", "P2"),
                        tuple("RESOLVED", "", "P2"));

        IncidentTimeline open = r.incident("OPS-232").orElseThrow();
        assertThat(open.updates()).singleElement().satisfies(u -> {
            assertThat(u.state()).isEqualTo(ServiceNowState.NEW);
            assertThat(u.priority()).isEqualTo("4 - Low");
            assertThat(u.madeSla()).isFalse();
            assertThat(u.assignmentGroup()).isEmpty();
        });
    }

    @Test
    void importedIssuesFeedTheKpis() {
        IncidentGroupKpis all = IncidentLogKpis.compute(importer.importJson(sample()).incidents()).overall();
        assertThat(all.incidents()).isEqualTo(2);
        assertThat(all.mttrMean()).contains(Duration.ofSeconds(12930));
        assertThat(all.reassigned()).isEqualTo(new CountShare(1, 2));
        assertThat(all.slaMade()).isEqualTo(new CountShare(1, 2));
    }

    @Test
    void withoutAnSlaFieldTheReportSaysMadeSlaIsAssumed() {
        ImportResult r = JiraIssueImporter.create().importJson(sample());
        assertThat(r.report().warnings()).singleElement().satisfies(w ->
                assertThat(w.reason()).startsWith("no SLA field configured"));
    }

    @Test
    void anUnmappedWorkflowStatusRejectsTheIssueNamingTheHistoryItem() {
        String json = sample().replace("\"toString\": \"Waiting for customer\"", "\"toString\": \"Parked\"");
        ImportResult r = importer.importJson(json);
        assertThat(r.incidents()).extracting(IncidentTimeline::number).containsExactly("OPS-232");
        assertThat(r.report().rejected()).singleElement().satisfies(issue -> {
            assertThat(issue.incident()).isEqualTo("OPS-231");
            assertThat(issue.line()).isEqualTo(ServiceNowTableImporterTest.lineOf(json, "\"id\": \"10231\"") - 2);
            assertThat(issue.reason()).isEqualTo("$.issues[0].changelog.histories[2].items[0].toString: status "
                    + "'Parked' is not mapped to a state; map it with JiraIssueImporter.Builder.status");
        });
        ImportResult mapped = JiraIssueImporter.builder().status("Parked", ServiceNowState.AWAITING_VENDOR).build()
                .importJson(json);
        assertThat(mapped.incident("OPS-231").orElseThrow().updates().get(3).state())
                .isEqualTo(ServiceNowState.AWAITING_VENDOR);
    }

    @Test
    void aChangelogCutShortByPagingIsRejected() {
        String json = sample().replace("\"maxResults\": 5,\n        \"total\": 5,", "\"maxResults\": 5,\n        \"total\": 7,");
        assertThat(importer.importJson(json).report().rejected()).singleElement().satisfies(i ->
                assertThat(i.reason()).isEqualTo("$.issues[0].changelog: holds 5 of 7 histories; fetch the rest "
                        + "from /rest/api/3/issue/OPS-231/changelog"));
    }

    @Test
    void aReopenedAndClosedIssueCountsItsReopeningAndClosingTime() {
        String json = """
                {"key": "OPS-9", "fields": {"created": "2026-03-01T08:00:00.000+0000",
                  "resolutiondate": "2026-03-01T09:00:00.000+0000", "status": {"name": "Closed"},
                  "priority": {"name": "Highest"}},
                 "changelog": {"histories": [
                  {"id": "3", "created": "2026-03-01T12:00:00.000+0000",
                   "items": [{"field": "status", "fromString": "Resolved", "toString": "Closed"}]},
                  {"id": "1", "created": "2026-03-01T09:00:00.000+0000",
                   "items": [{"field": "status", "fromString": "Open", "toString": "Resolved"}]},
                  {"id": "2", "created": "2026-03-01T10:00:00.000+0000",
                   "items": [{"field": "status", "fromString": "Resolved", "toString": "Reopened"}]},
                  {"id": "4", "created": "2026-03-01T11:00:00.000+0000",
                   "items": [{"field": "status", "fromString": "Reopened", "toString": "Resolved"}]}]}}""";
        ImportResult r = JiraIssueImporter.create().importJson(json);
        IncidentTimeline t = r.incidents().get(0);
        assertThat(t.updates()).extracting(IncidentUpdate::state).containsExactly(ServiceNowState.NEW,
                ServiceNowState.RESOLVED, ServiceNowState.NEW, ServiceNowState.RESOLVED, ServiceNowState.CLOSED);
        assertThat(t.lastUpdate().reopenCount()).isEqualTo(1);
        assertThat(t.closedAt()).contains(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(t.priority()).isEqualTo("1 - Critical");
        assertThat(Optional.of(r.report().rowsRead())).contains(1L);
    }

    @Test
    void truncatedDocumentImportsNothing() {
        String json = sample();
        assertThatThrownBy(() -> importer.importJson(json.substring(0, json.length() - 40)))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("(at line ");
    }
}
