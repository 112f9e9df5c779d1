package org.itm.operations.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itm.testkit.validation.ValidationFailures.violationsOf;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itm.core.Violation;
import org.junit.jupiter.api.Test;

class SlaDefinitionValidationTest {

    @Test
    void aBadYamlDefinitionReportsEveryViolationWithItsPath() {
        String yaml = """
                id: resolution time
                name: " "
                metric: RESOLUTION
                targets: {}
                appliesWhen: {service: []}
                pauseWhenStates: [RESOLVED]
                warningThresholds: [0.5, 1.5, 0.4]
                """;
        assertThat(violationsOf(() -> SlaDefinition.fromYaml(yaml))).containsExactlyInAnyOrder(
                new Violation("appliesWhen[service]", "must not be empty"),
                new Violation("calendar", "must not be null"),
                new Violation("id", "must be 1-128 characters of letters, digits or ._:@/- starting with a letter"
                        + " or digit, was 'resolution time'"),
                new Violation("name", "must not be blank"),
                new Violation("targets", "must name a target for at least one priority"),
                new Violation("warningThresholds[1]", "must be a fraction in (0, 1]"),
                new Violation("warningThresholds[2]", "must be greater than the previous threshold"),
                new Violation("pauseWhenStates", "state RESOLVED cannot both pause and stop"));
    }

    @Test
    void aBadTargetIsNamedByItsPriority() {
        String yaml = """
                id: resolution
                name: Resolution
                metric: RESOLUTION
                calendar: berlin
                targets:
                  P1: {businessTime: PT0S}
                """;
        assertThat(violationsOf(() -> SlaDefinition.fromYaml(yaml)))
                .containsExactly(new Violation("$.targets.P1.businessTime", "must be a positive duration, was PT0S"));
    }

    @Test
    void theBuilderAndTheConstructorReportTheSameAsTheDocument() {
        assertThat(violationsOf(() -> SlaDefinition.builder("resolution").name("").metric(SlaMetric.RESOLUTION)
                .calendar("berlin").target("P1", SlaTarget.businessHours(4)).stopWhenStates("RESOLVED", " ")
                .build()))
                .containsExactlyInAnyOrder(new Violation("name", "must not be blank"),
                        new Violation("stopWhenStates[]", "must not be blank"));
        assertThat(violationsOf(() -> new SlaDefinition("resolution", "Resolution", null, "berlin",
                Map.of("P1", SlaTarget.businessDays(2)), Map.of(), Optional.empty(), null, null, null, null, null,
                null, null, null, null)))
                .containsExactly(new Violation("metric", "must be RESPONSE or RESOLUTION"));
    }

    @Test
    void aTargetNeedsExactlyOneOfTimeAndDays() {
        assertThat(violationsOf(() -> new SlaTarget(Optional.of(Duration.ofHours(-1)), -2)))
                .containsExactlyInAnyOrder(new Violation("businessDays", "must be greater than or equal to 0"),
                        new Violation("businessTime", "must be a positive duration, was PT-1H"));
        assertThat(violationsOf(() -> new SlaTarget(Optional.of(Duration.ofHours(1)), 2)))
                .containsExactly(new Violation("businessTime",
                        "set exactly one of businessTime (a positive duration) and businessDays (> 0)"));
    }

    @Test
    void aValidDocumentKeepsItsDefaults() {
        SlaDefinition d = SlaDefinition.fromYaml("""
                id: resolution
                name: Resolution
                metric: RESOLUTION
                calendar: berlin
                targets:
                  P1: {businessTime: PT4H}
                  P2: {businessDays: 2}
                appliesWhen: {service: [mail]}
                """);
        assertThat(d.targets()).containsOnlyKeys("P1", "P2");
        assertThat(d.appliesWhen()).isEqualTo(Map.of("service", Set.of("mail")));
        assertThat(d.warningThresholds()).isEqualTo(SlaDefinition.DEFAULT_THRESHOLDS);
        assertThat(d.cancelWhenStates()).containsExactly("CANCELLED");
    }
}
