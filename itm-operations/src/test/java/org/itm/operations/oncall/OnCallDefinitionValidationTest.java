package org.itm.operations.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itm.testkit.validation.ValidationFailures.violationsOf;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.itm.core.Violation;
import org.junit.jupiter.api.Test;

class OnCallDefinitionValidationTest {

    @Test
    void aBadScheduleDocumentReportsEveryViolationWithItsPath() {
        String yaml = """
                id: " "
                layers: []
                """;
        assertThat(violationsOf(() -> OnCallSchedule.fromYaml(yaml))).containsExactlyInAnyOrder(
                new Violation("id", "must not be blank"),
                new Violation("layers", "must hold at least one layer"),
                new Violation("zone", "must not be null"));
    }

    @Test
    void aBadLayerIsReportedWithEveryFieldUnderItsPath() {
        String yaml = """
                id: database
                zone: Europe/Berlin
                layers:
                  - name: primary
                    members: [ann, " ", ann]
                    turn: fortnightly
                """;
        assertThat(violationsOf(() -> OnCallSchedule.fromYaml(yaml))).extracting(Violation::path)
                .containsExactlyInAnyOrder("$.layers[0].members[1]", "$.layers[0].members[2]", "$.layers[0].start",
                        "$.layers[0].turn");
        assertThat(violationsOf(() -> OnCallSchedule.fromYaml(yaml))).contains(
                new Violation("$.layers[0].members[1]", "must not be blank"),
                new Violation("$.layers[0].members[2]", "repeats 'ann'"),
                new Violation("$.layers[0].start", "must not be null"));
    }

    @Test
    void repeatedLayerNamesAndMissingElementsAreNamed() {
        OnCallLayerDefinition primary = new OnCallLayerDefinition("primary", null, List.of("ann"),
                LocalDateTime.parse("2026-03-23T09:00"), "weekly", null);
        assertThat(violationsOf(() -> new OnCallScheduleDefinition("database", ZoneId.of("UTC"),
                Arrays.asList(primary, null, primary), Arrays.asList((OnCallOverrideDefinition) null))))
                .containsExactlyInAnyOrder(new Violation("layers[1]", "must not be null"),
                        new Violation("layers[2].name", "repeats 'primary'"),
                        new Violation("overrides[0]", "must not be null"));
    }

    @Test
    void anOverrideReportsItsFieldsTogetherAndItsOrderWhenTheyArePresent() {
        assertThat(violationsOf(() -> new OnCallOverrideDefinition(" ", null, null))).containsExactlyInAnyOrder(
                new Violation("from", "must not be null"), new Violation("member", "must not be blank"),
                new Violation("to", "must not be null"));
        assertThat(violationsOf(() -> new OnCallOverrideDefinition("xena", LocalDateTime.parse("2026-12-27T09:00"),
                LocalDateTime.parse("2026-12-24T18:00"))))
                .containsExactly(new Violation("to", "must be after from (2026-12-27T09:00), was 2026-12-24T18:00"));
    }
}
