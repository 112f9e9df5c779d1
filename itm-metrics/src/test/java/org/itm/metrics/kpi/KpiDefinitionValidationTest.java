package org.itm.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itm.testkit.validation.ValidationFailures.violationsOf;

import org.itm.core.Violation;
import org.junit.jupiter.api.Test;

class KpiDefinitionValidationTest {

    @Test
    void aBadYamlDefinitionReportsEveryViolationWithItsPath() {
        String yaml = """
                id: incident mttr
                name: " "
                unit: h
                aggregation: MEDIAN
                filters: [resolved, ""]
                dimensions: [service, service]
                """;
        assertThat(violationsOf(() -> KpiDefinition.fromYaml(yaml))).containsExactlyInAnyOrder(
                new Violation("dimensions", "must not repeat a dimension"),
                new Violation("direction", "must not be null"),
                new Violation("filters[1]", "must not be blank"),
                new Violation("id", "must be 1-128 characters of letters, digits or ._:@/- starting with a letter"
                        + " or digit, was 'incident mttr'"),
                new Violation("measure", "is required for MEDIAN"),
                new Violation("name", "must not be blank"),
                new Violation("timeField", "must not be blank"));
    }

    @Test
    void theBuilderReportsAnnotationsAndAggregationRulesTogether() {
        assertThat(violationsOf(() -> KpiDefinition.builder("incident.count").name("Incidents").unit("")
                .direction(KpiDirection.LOWER_IS_BETTER).count().timeField("opened").dimensions("team", " ").build()))
                .containsExactlyInAnyOrder(new Violation("dimensions[1]", "must not be blank"),
                        new Violation("unit", "must not be blank"));
    }

    @Test
    void aValidDocumentReadsAsWritten() {
        KpiDefinition d = KpiDefinition.fromYaml("""
                id: incident.mttr.median
                name: MTTR (median)
                unit: h
                direction: LOWER_IS_BETTER
                aggregation: MEDIAN
                measure: hoursToResolve
                filters: [resolved]
                timeField: opened
                dimensions: [service]
                """);
        assertThat(d.measure()).contains("hoursToResolve");
        assertThat(d.filters()).containsExactly("resolved");
        assertThat(d.dimensions()).containsExactly("service");
    }
}
