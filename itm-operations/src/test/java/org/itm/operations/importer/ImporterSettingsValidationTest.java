package org.itm.operations.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itm.testkit.validation.ValidationFailures.violationsOf;

import java.time.Instant;
import java.time.ZoneId;
import org.itm.core.Violation;
import org.junit.jupiter.api.Test;

class ImporterSettingsValidationTest {

    private static final String FIELD_ID = "must be a field id such as customfield_10030 (letters, digits, _ . -),"
            + " not a display name";

    @Test
    void aJiraBuilderReportsEveryBadSettingWithItsPath() {
        assertThat(violationsOf(() -> JiraIssueImporter.builder()
                .status(" ", ServiceNowState.IN_PROGRESS)
                .status("Waiting for Vendor", null)
                .priority("", "1 - Critical")
                .priority("P1 - Outage", " ")
                .slaField("Time to resolution")
                .groupField("")
                .build()))
                .containsExactly(
                        new Violation("groupField", FIELD_ID),
                        new Violation("priorities[]", "a priority name must not be blank"),
                        new Violation("priorities[p1 - outage]", "must not be blank"),
                        new Violation("slaField", FIELD_ID),
                        new Violation("statuses[ ]", "a status name must not be blank"),
                        new Violation("statuses[waiting for vendor]", "must be mapped to a state"));
    }

    @Test
    void aNullJiraNameIsReportedNotThrown() {
        assertThat(violationsOf(() -> JiraIssueImporter.builder().status(null, ServiceNowState.NEW)
                .priority(null, null).slaField(null).build()))
                .containsExactly(
                        new Violation("priorities[]", "a priority name must not be blank"),
                        new Violation("priorities[]", "must not be blank"),
                        new Violation("statuses[]", "a status name must not be blank"));
    }

    @Test
    void validJiraSettingsBuildAnImporterThatUsesThem() {
        JiraIssueImporter importer = JiraIssueImporter.builder()
                .status("Parked", ServiceNowState.AWAITING_VENDOR)
                .priority("P1 - Outage", "1 - Critical")
                .slaField("customfield_10030")
                .groupField("components")
                .strict(true)
                .build();
        ImportResult r = importer.importJson(ServiceNowTableImporterTest.resource("jira-search-changelog.json"));
        assertThat(r.report().rejected()).isEmpty();
        assertThat(r.incident("OPS-231")).isPresent();
    }

    @Test
    void theServiceNowImportersNeedAZone() {
        String message = "must be set: the zone of the export's local timestamps (UTC by default)";
        assertThat(violationsOf(() -> ServiceNowTableImporter.builder().zone(null).build()))
                .containsExactly(new Violation("zone", message));
        assertThat(violationsOf(() -> ServiceNowEventLogImporter.builder().zone(null).strict(true).build()))
                .containsExactly(new Violation("zone", message));
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(ServiceNowTableImporter.builder().zone(berlin).build()
                .importJson(ServiceNowTableImporterTest.resource("servicenow-incidents-display-true.json"))
                .incident("INC0010031").orElseThrow().openedAt()).isEqualTo(Instant.parse("2026-03-02T08:14:05Z"));
        assertThat(ServiceNowEventLogImporter.builder().zone(berlin).strict(true).build().zone()).isEqualTo(berlin);
    }
}
