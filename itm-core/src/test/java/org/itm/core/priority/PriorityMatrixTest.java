package org.itm.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PriorityMatrixTest {

    private final PriorityMatrix itil = PriorityMatrix.itil3x3();

    @Test
    void itil3x3MapsEveryCellAsInTheTable() {
        String[][] expected = {
                {"Critical", "High", "Medium"},
                {"High", "Medium", "Low"},
                {"Medium", "Low", "Planning"}};
        for (int i = 1; i <= 3; i++) {
            for (int u = 1; u <= 3; u++) {
                assertThat(itil.priorityOf(i, u).label()).as("impact %d urgency %d", i, u)
                        .isEqualTo(expected[i - 1][u - 1]);
            }
        }
    }

    @Test
    void highImpactLowUrgencyIsMediumPriority() {
        Priority p = itil.priorityOf(itil.impact("High"), itil.urgency("Low"));
        assertThat(p).isEqualTo(new Priority(3, "Medium"));
    }

    @Test
    void itil5x5MapsEveryCellAsInTheTable() {
        int[][] expected = {
                {1, 1, 2, 2, 3},
                {1, 2, 2, 3, 3},
                {2, 2, 3, 3, 4},
                {2, 3, 3, 4, 4},
                {3, 3, 4, 4, 5}};
        PriorityMatrix m = PriorityMatrix.itil5x5();
        for (int i = 1; i <= 5; i++) {
            for (int u = 1; u <= 5; u++) {
                assertThat(m.priorityOf(i, u).level()).isEqualTo(expected[i - 1][u - 1]);
            }
        }
        assertThat(m.priorityOf(m.impact("Minimal"), m.urgency("Very low")).label()).isEqualTo("Planning");
    }

    @Test
    void assessmentExplainsTheCellUsed() {
        PriorityAssessment a = itil.assess(itil.impact(2), itil.urgency(1));
        assertThat(a.priority().label()).isEqualTo("High");
        assertThat(a.cell()).isEqualTo("cells[Medium][High]");
        assertThat(a.explanation())
                .isEqualTo("impact Medium (2) x urgency High (1) -> priority High (2) by cells[Medium][High]");
    }

    @Test
    void missingCellsAreListedByPath() {
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        cells.put("High", Map.of("High", "P1"));
        cells.put("Low", Map.of("High", "P2", "Low", "P2"));
        assertThatThrownBy(() -> new PriorityMatrix(
                List.of(new Impact(1, "High"), new Impact(2, "Low")),
                List.of(new Urgency(1, "High"), new Urgency(2, "Low")),
                List.of(new Priority(1, "P1"), new Priority(2, "P2")), cells))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path).containsExactly("cells[High][Low]"));
    }

    @Test
    void unknownLabelsInCellsAreRejectedWithTheirPath() {
        Map<String, Map<String, String>> cells = Map.of("High", Map.of("High", "P9", "Lo", "P1"));
        assertThatThrownBy(() -> new PriorityMatrix(List.of(new Impact(1, "High")),
                List.of(new Urgency(1, "High")), List.of(new Priority(1, "P1")), cells))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path)
                        .containsExactlyInAnyOrder("cells[High][High]", "cells[High][Lo]"));
    }

    @Test
    void duplicateLevelsAndLabelsAreRejected() {
        assertThatThrownBy(() -> PriorityMatrix.of(
                List.of(new Impact(1, "High"), new Impact(1, "High")),
                List.of(new Urgency(1, "High")), List.of(new Priority(1, "P1")), (i, u) -> new Priority(1, "P1")))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("impacts[1].level: duplicate level 1")
                .hasMessageContaining("impacts[1].label: duplicate label 'High'");
    }

    @Test
    void valuesFromAnotherScaleAreRejected() {
        assertThatThrownBy(() -> itil.priorityOf(new Impact(1, "Extensive"), itil.urgency(1)))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("impact: not on this matrix's impact scale");
        assertThatThrownBy(() -> itil.priorityOf(4, 1))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("no impact with level 4");
    }

    @Test
    void scalesAreSortedByLevel() {
        PriorityMatrix m = PriorityMatrix.of(List.of(new Impact(2, "Low"), new Impact(1, "High")),
                List.of(new Urgency(1, "Any")), List.of(new Priority(1, "P1")), (i, u) -> new Priority(1, "P1"));
        assertThat(m.impacts()).extracting(Impact::label).containsExactly("High", "Low");
    }

    @Test
    void presetsRoundTripThroughJsonAndYaml() {
        for (PriorityMatrix m : List.of(PriorityMatrix.itil3x3(), PriorityMatrix.itil5x5())) {
            assertThat(PriorityMatrix.fromJson(m.toJson())).isEqualTo(m);
            assertThat(PriorityMatrix.fromYaml(m.toYaml())).isEqualTo(m);
        }
    }

    @Test
    void yamlDefinitionWithAMissingCellFailsNamingTheCell() {
        String yaml = """
                impacts: [{level: 1, label: High}, {level: 2, label: Low}]
                urgencies: [{level: 1, label: High}, {level: 2, label: Low}]
                priorities: [{level: 1, label: P1}, {level: 2, label: P2}]
                cells:
                  High: {High: P1, Low: P2}
                  Low: {High: P2}
                """;
        assertThatThrownBy(() -> PriorityMatrix.fromYaml(yaml))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("cells[Low][Low]: missing priority");
    }

    @Test
    void unknownPropertiesInJsonAreRejected() {
        String json = PriorityMatrix.itil3x3().toJson().replaceFirst("\\{", "{\"colour\":\"red\",");
        assertThatThrownBy(() -> PriorityMatrix.fromJson(json))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("colour");
    }

    @Test
    void scaleValuesRejectBadLevelsAndLabelsNamingTheField() {
        List<Executable> bad = List.of(
                () -> new Impact(0, "High"),
                () -> new Urgency(1, " "),
                () -> new Priority(1, " P1"),
                () -> new Impact(2, "x".repeat(PriorityMatrix.MAX_LABEL_LENGTH + 1)));
        List<String> fields = List.of("level", "label", "label", "label");
        for (int i = 0; i < bad.size(); i++) {
            Executable make = bad.get(i);
            String field = fields.get(i);
            assertThatThrownBy(make::execute).isInstanceOfSatisfying(ItmValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::path)
                            .containsExactly(field));
        }
        assertThat(new Urgency(1, "x".repeat(PriorityMatrix.MAX_LABEL_LENGTH)).label())
                .hasSize(PriorityMatrix.MAX_LABEL_LENGTH);
    }
}
