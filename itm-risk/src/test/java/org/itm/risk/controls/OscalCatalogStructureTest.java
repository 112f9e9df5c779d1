package org.itm.risk.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

/** Catalogue shapes OSCAL allows beyond the NIST baseline: nested groups, groups without id, loose and withdrawn controls. */
class OscalCatalogStructureTest {

    private static final String JSON = """
            {"catalog": {"uuid": "22222222-3333-4444-8555-666666666666",
              "metadata": {"title": "Nested", "version": "2", "oscal-version": "1.1.2"},
              "groups": [{"id": "org", "title": "Organisational", "groups": [
                           {"title": "No id", "controls": [
                             {"id": "org-1", "title": "Policy",
                              "params": [{"id": "org-1_prm", "label": "frequency", "values": ["annually"]}],
                              "parts": [{"id": "org-1_smt", "name": "statement",
                                         "prose": "Review the policy {{ insert: param, org-1_prm }}."}]},
                             {"id": "org-2", "title": "Old", "props": [{"name": "status", "value": "withdrawn"}],
                              "links": [{"href": "#org-1", "rel": "incorporated-into"}]}]}]}],
              "controls": [{"id": "x-1", "title": "Loose", "parts": [{"id": "x-1_smt", "name": "statement",
                            "prose": "Uses {{ insert: param, undefined_prm }}."}]}]}}""";

    @Test
    void nestedAndAnonymousGroupsFlattenIntoTheFrameworkAndWithdrawnControlsAreLeftOut() {
        ControlCatalog c = Oscal.readCatalog(JSON);
        assertThat(c.allControls()).extracting(CatalogControl::id).containsExactly("org-1", "org-2", "x-1");
        assertThat(c.control("org-2").orElseThrow().withdrawn()).isTrue();
        Framework f = c.toFramework("NESTED");
        assertThat(f.requirements()).extracting(Requirement::id).containsExactly("org", "org-1", "x-1");
        assertThat(f.requirement("org-1").orElseThrow().parent()).contains("org");
        assertThat(f.requirement("x-1").orElseThrow().isTopLevel()).isTrue();
    }

    @Test
    void statementsRenderSetValuesAndNameUnknownParameters() {
        ControlCatalog c = Oscal.readCatalog(JSON);
        assertThat(c.statementText("org-1")).isEqualTo("Review the policy annually.");
        assertThat(c.statementText("x-1")).isEqualTo("Uses [Assignment: undefined_prm].");
        assertThatThrownBy(() -> c.statementText("org-2")).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("control 'org-2' has no statement (it is withdrawn)");
        assertThatThrownBy(() -> c.adopt("org-2", "NESTED", ControlType.PREVENTIVE, Period.ofYears(1), "ciso"))
                .hasMessageContaining("(it is withdrawn)");
        assertThatThrownBy(() -> c.statementText("nope")).isInstanceOf(org.itm.core.NotFoundException.class);
    }
}
