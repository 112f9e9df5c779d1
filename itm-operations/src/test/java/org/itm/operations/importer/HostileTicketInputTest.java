package org.itm.operations.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.junit.jupiter.api.Test;

/** Malformed, truncated and oversized ticket exports: a clear error naming record and field, nothing half-imported. */
class HostileTicketInputTest {

    private final ServiceNowTableImporter serviceNow = ServiceNowTableImporter.create();
    private final JiraIssueImporter jira = JiraIssueImporter.create();

    @Test
    void truncatedExportsImportNothingAndSayWhere() {
        String sn = ServiceNowTableImporterTest.resource("servicenow-incidents-display-all.json");
        assertThatThrownBy(() -> serviceNow.importJson(sn.substring(0, sn.length() / 2)))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("(at line ");
        String j = ServiceNowTableImporterTest.resource("jira-search-changelog.json");
        assertThatThrownBy(() -> jira.importJson(j.substring(0, j.length() / 2)))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("(at line ");
    }

    @Test
    void exportsOfTheWrongShapeThrowNamingThePath() {
        assertThatThrownBy(() -> serviceNow.importJson("{\"error\": {\"message\": \"User Not Authenticated\"}}"))
                .hasMessageContaining("$.result: is required");
        assertThatThrownBy(() -> serviceNow.importJson("{\"result\": 3}"))
                .hasMessageContaining("$.result: must be an array, was number");
        assertThatThrownBy(() -> serviceNow.importJson("\"INC0000001\"")).hasMessageContaining("$: must be");
        assertThatThrownBy(() -> serviceNow.importJson("{\"result\": []} []"))
                .isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> jira.importJson("{\"issues\": \"none\"}"))
                .hasMessageContaining("$.issues: must be an array, was string");
        assertThatThrownBy(() -> jira.importJson("{\"issues\": [{\"key\": \"A-1\", \"key\": \"A-2\"}]}"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("key");
    }

    @Test
    void oversizedExportsAndFieldsAreRefused() {
        String huge = "x".repeat(ItmJson.MAX_STRING_CHARS + 1);
        assertThatThrownBy(() -> serviceNow.importJson("{\"result\": [{\"number\": \"" + huge + "\"}]}"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("length");
        ImportResult r = serviceNow.importJson("{\"result\": [{\"number\": \"INC1\", \"state\": \"New\", "
                + "\"priority\": \"" + "p".repeat(2000) + "\", \"opened_at\": \"2026-03-01 10:00:00\"}]}");
        assertThat(r.report().rejected()).singleElement().satisfies(i -> assertThat(i.reason())
                .isEqualTo("$.result[0].priority: is longer than 1024 characters (2000)"));
    }

    @Test
    void serviceNowRecordsOfTheWrongTypesAreRejectedNamingEachField() {
        ImportResult r = serviceNow.importJson("""
                {"result": [
                  [],
                  {"number": {"display_value": "INC2"}, "state": ["New"], "priority": "9",
                   "opened_at": {"display_value": "02.03.2026 10:00"}, "sys_mod_count": "many"},
                  {"number": "INC3", "state": "Escalated", "priority": "1", "opened_at": "2026-02-30 10:00:00"}
                ]}""");
        assertThat(r.incidents()).isEmpty();
        assertThat(r.report().rejected()).extracting(RowIssue::row, RowIssue::line, RowIssue::incident)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 2L, ""),
                        org.assertj.core.groups.Tuple.tuple(2L, 3L, "INC2"),
                        org.assertj.core.groups.Tuple.tuple(3L, 5L, "INC3"));
        assertThat(r.report().rejected().get(0).reason()).isEqualTo("$.result[0]: must be an object");
        assertThat(r.report().rejected().get(1).reason()).isEqualTo(
                "$.result[1].state: must be a string or {display_value, value}, was array; "
                        + "$.result[1].opened_at: '02.03.2026 10:00' is not a yyyy-MM-dd HH:mm:ss timestamp; "
                        + "$.result[1].sys_mod_count: 'many' is not a whole number");
        assertThat(r.report().rejected().get(2).reason()).isEqualTo(
                "$.result[2].state: 'Escalated' is not an incident state (New, In Progress, On Hold, Resolved, "
                        + "Closed, Canceled or 1, 2, 3, 6, 7, 8); "
                        + "$.result[2].opened_at: '2026-02-30 10:00:00' is not a yyyy-MM-dd HH:mm:ss timestamp");
    }

    @Test
    void jiraIssuesWithBadFieldsAreRejectedNamingEachField() {
        ImportResult r = jira.importJson("""
                {"issues": [
                  {"key": "OPS-1"},
                  {"key": 12, "fields": {"created": "2026-03-01 10:00", "status": "Open", "priority": {}}},
                  {"key": "OPS-3", "fields": {"created": "2026-03-01T10:00:00.000+0000", "status": {"name": "Open"},
                   "priority": {"name": "Low"}}, "changelog": {"histories": [{"created": "nope", "items": {}}]}}
                ]}""");
        assertThat(r.incidents()).isEmpty();
        assertThat(r.report().rejected()).extracting(RowIssue::reason).containsExactly(
                "$.issues[0].fields: is required",
                "$.issues[1].key: must be a string, was number; $.issues[1].fields.created: '2026-03-01 10:00' is not "
                        + "a Jira timestamp like 2026-03-02T09:15:00.000+0100; $.issues[1].fields.status: must be an "
                        + "object with a name; $.issues[1].fields.priority.name: is required",
                "$.issues[2].changelog.histories[0].created: 'nope' is not a Jira timestamp like "
                        + "2026-03-02T09:15:00.000+0100; $.issues[2].changelog.histories[0].items: must be an array");
    }
}
