package org.itm.risk.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Control tests exported as OSCAL assessment results validate against NIST's official OSCAL 1.1.2
 * assessment-results JSON schema (shipped in test resources with its source) and say per catalogue control what
 * the tests showed.
 */
class OscalAssessmentResultsTest {

    static final String FW = "NIST-800-53r5-LOW";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:30:00Z"), ZoneOffset.UTC);
    static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = OscalAssessmentResultsTest.class.getResourceAsStream(
                "/oscal/oscal_assessment-results_schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    static List<Error> schemaErrors(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    /** A small catalogue written here, so this test runs without shared data. */
    static ControlCatalog catalog() {
        return Oscal.readCatalog("""
                {"catalog": {"uuid": "0470d39a-3e02-4bff-82cf-676d522c1554",
                  "metadata": {"title": "Mini catalogue", "version": "1", "oscal-version": "1.1.2"},
                  "groups": [{"id": "ia", "title": "Identification and Authentication", "controls": [
                    {"id": "ia-2", "title": "Identification and Authentication (Organizational Users)",
                     "props": [{"name": "label", "value": "IA-2"}],
                     "parts": [{"id": "ia-2_smt", "name": "statement", "prose": "Uniquely identify users."}],
                     "controls": [{"id": "ia-2.1", "title": "Multi-factor Authentication to Privileged Accounts",
                       "props": [{"name": "label", "value": "IA-2(1)"}],
                       "parts": [{"id": "ia-2.1_smt", "name": "statement", "prose": "Implement MFA."}]}]},
                    {"id": "ia-4", "title": "Identifier Management",
                     "parts": [{"id": "ia-4_smt", "name": "statement", "prose": "Manage identifiers."}]}]}]}}""");
    }

    static OscalAssessmentResults exporter(ControlCatalog catalog) {
        return OscalAssessmentResults.builder().catalog(catalog, FW).title("Q1 2026 control tests")
                .assessmentPlan("https://grc.example.com/oscal/sap-2026.json").clock(CLOCK).build();
    }

    static Control control(String id, String... refs) {
        return new Control(id, "Control " + id, "objective of " + id, ControlType.PREVENTIVE, Period.ofMonths(3),
                "owner", Set.of(), java.util.Arrays.stream(refs).map(r -> new RequirementRef(FW, r))
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void exportedResultsValidateAgainstTheOfficialSchemaAndStateEachControl() {
        ControlCatalog catalog = catalog();
        List<Control> controls = List.of(control("C-MFA", "ia-2.1"), control("C-IDS", "ia-2"),
                control("C-IDM", "ia-4"), control("C-LOCAL"));
        List<ControlTest> tests = List.of(
                new ControlTest("C-MFA", LocalDate.of(2026, 1, 10), TestResult.FAIL, "auditor", List.of("TCK-9")),
                new ControlTest("C-MFA", LocalDate.of(2026, 2, 20), TestResult.PASS, "auditor",
                        List.of("https://evidence.example.com/mfa.pdf", "screenshot of console")),
                new ControlTest("C-IDS", LocalDate.of(2025, 10, 1), TestResult.PASS, "auditor", List.of()),
                new ControlTest("C-LOCAL", LocalDate.of(2026, 2, 1), TestResult.PASS, "auditor", List.of()),
                new ControlTest("C-GONE", LocalDate.of(2026, 2, 1), TestResult.PASS, "auditor", List.of()));

        AssessmentExport out = exporter(catalog).write(controls, tests);

        assertThat(schemaErrors(out.json())).isEmpty();
        assertThat(out.controlIds()).containsExactly("ia-2", "ia-2.1", "ia-4");
        assertThat(out.observations()).isEqualTo(3);
        assertThat(out.skipped()).containsOnlyKeys("control C-LOCAL", "test C-LOCAL|2026-02-01|auditor",
                "test C-GONE|2026-02-01|auditor");
        assertThat(out.skipped().get("control C-LOCAL")).isEqualTo("maps to no requirement of " + FW);
        assertThat(out.skipped().get("test C-GONE|2026-02-01|auditor")).isEqualTo("control 'C-GONE' was not given");

        JsonNode ar = ItmJson.json().readTree(out.json()).get("assessment-results");
        assertThat(ar.at("/metadata/oscal-version").asString()).isEqualTo("1.1.2");
        assertThat(ar.at("/metadata/last-modified").asString()).isEqualTo("2026-03-01T09:30:00Z");
        assertThat(ar.at("/import-ap/href").asString()).isEqualTo("https://grc.example.com/oscal/sap-2026.json");
        JsonNode result = ar.get("results").get(0);
        assertThat(result.at("/start").asString()).isEqualTo("2025-10-01T00:00:00Z");
        assertThat(result.at("/end").asString()).isEqualTo("2026-03-01T09:30:00Z");
        assertThat(result.at("/reviewed-controls/control-selections/0/include-controls").findValuesAsString(
                "control-id")).containsExactly("ia-2", "ia-2.1", "ia-4");

        JsonNode findings = result.get("findings");
        // ia-2: C-IDS passed on 2025-10-01, due every 3 months, so overdue on 2026-03-01
        assertThat(findings.get(0).at("/title").asString()).isEqualTo(
                "IA-2 Identification and Authentication (Organizational Users)");
        assertThat(findings.get(0).at("/target/target-id").asString()).isEqualTo("ia-2_smt");
        assertThat(findings.get(0).at("/target/status/state").asString()).isEqualTo("not-satisfied");
        assertThat(findings.get(0).at("/target/status/reason").asString()).isEqualTo("other");
        assertThat(findings.get(0).at("/description").asString()).isEqualTo(
                "C-IDS: last tested 2025-10-01 (PASS), due every P3M: overdue since 2026-01-01.");
        // ia-2.1: the latest test (2026-02-20) passed; the earlier failure is history
        assertThat(findings.get(1).at("/target/status/state").asString()).isEqualTo("satisfied");
        assertThat(findings.get(1).at("/target/status/reason").asString()).isEqualTo("pass");
        assertThat(findings.get(1).at("/description").asString()).isEqualTo("C-MFA: PASS on 2026-02-20 by auditor.");
        // ia-4: mapped but never tested
        assertThat(findings.get(2).at("/target/status/state").asString()).isEqualTo("not-satisfied");
        assertThat(findings.get(2).at("/description").asString()).isEqualTo("C-IDM: never tested.");
        assertThat(findings.get(2).has("related-observations")).isFalse();

        JsonNode obs = result.get("observations");
        assertThat(obs.get(0).at("/collected").asString()).isEqualTo("2025-10-01T00:00:00Z");
        assertThat(obs.get(0).at("/methods/0").asString()).isEqualTo("TEST");
        JsonNode evidence = obs.get(2).get("relevant-evidence");
        assertThat(evidence.get(0).at("/href").asString()).isEqualTo("https://evidence.example.com/mfa.pdf");
        assertThat(evidence.get(1).has("href")).isFalse(); // not a URI: kept as the description only
        assertThat(evidence.get(1).at("/description").asString()).isEqualTo("Evidence screenshot of console");
        assertThat(findings.get(1).at("/related-observations/0/observation-uuid").asString())
                .isEqualTo(obs.get(2).at("/uuid").asString());
    }

    @Test
    void theSameTestsGiveTheSameDocument() {
        List<Control> controls = List.of(control("C-MFA", "ia-2.1"));
        List<ControlTest> tests = List.of(new ControlTest("C-MFA", LocalDate.of(2026, 2, 20), TestResult.PARTIAL,
                "auditor", List.of("TCK-9")));
        String first = exporter(catalog()).write(controls, tests).json();
        assertThat(exporter(catalog()).write(controls, tests).json()).isEqualTo(first);
        assertThat(schemaErrors(first)).isEmpty();
        JsonNode finding = ItmJson.json().readTree(first).at("/assessment-results/results/0/findings/0");
        assertThat(finding.at("/target/status/state").asString()).isEqualTo("not-satisfied");
        assertThat(finding.at("/target/status/reason").asString()).isEqualTo("other");
        assertThat(finding.at("/uuid").asString()).matches(
                "[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void theSchemaCheckIsNotVacuous() {
        String good = exporter(catalog()).write(List.of(control("C-MFA", "ia-2.1")), List.of()).json();
        assertThat(schemaErrors(good)).isEmpty();
        ObjectNode broken = (ObjectNode) ItmJson.json().readTree(good);
        ObjectNode ar = (ObjectNode) broken.get("assessment-results");
        ar.remove("import-ap");
        ((ObjectNode) ar.get("metadata")).put("last-modified", "yesterday");
        ((ObjectNode) ar.at("/results/0/findings/0/target/status")).put("state", "fine");
        List<Error> errors = schemaErrors(broken.toString());
        assertThat(errors).extracting(e -> e.getInstanceLocation() + ": " + e.getMessage()).anyMatch(m -> m.contains("import-ap"))
                .anyMatch(m -> m.contains("last-modified")).anyMatch(m -> m.contains("state"));
    }

    @Test
    void theLowBaselineExportValidatesToo() throws IOException {
        ControlCatalog low = OscalCatalogTest.lowCatalog();
        Control mfa = low.adopt("ia-2.1", FW, ControlType.PREVENTIVE, Period.ofMonths(6), "iam-lead");
        Control ac2 = low.adopt("ac-2", FW, ControlType.PREVENTIVE, Period.ofMonths(6), "iam-lead");
        AssessmentExport out = exporter(low).write(List.of(mfa, ac2), List.of(
                new ControlTest("ia-2.1", LocalDate.of(2026, 2, 1), TestResult.PASS, "auditor", List.of("TCK-1")),
                new ControlTest("ac-2", LocalDate.of(2026, 2, 2), TestResult.FAIL, "auditor", List.of("TCK-2"))));
        assertThat(schemaErrors(out.json())).isEmpty();
        assertThat(out.controlIds()).containsExactly("ac-2", "ia-2.1");
        JsonNode findings = ItmJson.json().readTree(out.json()).at("/assessment-results/results/0/findings");
        assertThat(findings.get(0).at("/title").asString()).isEqualTo("AC-2 Account Management");
        assertThat(findings.get(0).at("/target/status/reason").asString()).isEqualTo("fail");
    }

    @Test
    void badSettingsAndUnmappedControlsAreRefused() {
        assertThatThrownBy(() -> OscalAssessmentResults.builder().assessmentPlan("not a uri").build())
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations()).extracting(Object::toString)
                        .containsExactly("catalog: must be set", "frameworkId: must not be blank",
                                "title: must not be blank", "assessmentPlan: must be a URI reference, was 'not a uri'",
                                "clock: must be set"));
        assertThatThrownBy(() -> exporter(catalog()).write(List.of(control("C-LOCAL")), List.of()))
                .hasMessageContaining("none of the 1 controls maps to a control of catalogue 'Mini catalogue'");
        assertThatThrownBy(() -> exporter(catalog()).write(List.of(control("C-A", "ia-2"), control("C-A", "ia-4")),
                List.of())).hasMessageContaining("controls[1].id: repeats control 'C-A'");
    }
}
