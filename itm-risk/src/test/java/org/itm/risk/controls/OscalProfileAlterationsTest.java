package org.itm.risk.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

/** A profile's {@code modify.alters} removes and adds parts and parameters of the controls it selects. */
class OscalProfileAlterationsTest {

    private static ControlProfile profile(String alters) {
        return Oscal.readProfile("""
                {"profile": {"uuid": "11111111-2222-4333-8444-555555555555",
                  "metadata": {"title": "baseline with additions", "version": "1", "oscal-version": "1.1.2"},
                  "imports": [{"href": "#cat", "include-controls": [{"with-ids": ["ac-2", "ia-2.1"]}]}],
                  "modify": {"alters": %s}}}""".formatted(alters));
    }

    @Test
    void partsAndParametersAreAddedWhereTheProfileSaysAndRemovedByIdOrName() throws IOException {
        ControlCatalog resolved = profile("""
                [{"control-id": "ac-2",
                  "removes": [{"by-name": "guidance"}, {"by-id": "ac-02_odp.02"}],
                  "adds": [{"position": "ending", "parts": [{"id": "ac-2_fr", "name": "item",
                              "props": [{"name": "label", "value": "Req."}],
                              "prose": "Review accounts every {{ insert: param, ac-2_prm_x }}."}],
                            "params": [{"id": "ac-2_prm_x", "label": "frequency", "values": ["month"]}]},
                           {"position": "before", "by-id": "ac-2_smt.b",
                            "parts": [{"id": "ac-2_smt.a1", "name": "item", "prose": "Inserted item;"}]}]},
                 {"control-id": "ia-2.1",
                  "adds": [{"position": "starting", "by-id": "ia-2.1_smt",
                            "parts": [{"name": "item", "prose": "Use phishing-resistant factors."}]}]}]""")
                .resolve(OscalCatalogTest.lowCatalog());
        CatalogControl ac2 = resolved.control("ac-2").orElseThrow();
        assertThat(ac2.parts()).extracting(ControlPart::name).doesNotContain("guidance").last().isEqualTo("item");
        assertThat(ac2.param("ac-02_odp.02")).isEmpty();
        assertThat(ac2.params().get(ac2.params().size() - 1).id()).isEqualTo("ac-2_prm_x");
        assertThat(ac2.statement().orElseThrow().parts()).extracting(p -> p.id().orElseThrow())
                .startsWith("ac-2_smt.a", "ac-2_smt.a1", "ac-2_smt.b");
        assertThat(resolved.statementText("ia-2.1")).isEqualTo("""
                Implement multi-factor authentication for access to privileged accounts.
                  Use phishing-resistant factors.""");
        // the control outside the alterations is as in the catalogue
        assertThat(OscalCatalogTest.lowCatalog().control("ac-2").orElseThrow().parts())
                .extracting(ControlPart::name).contains("guidance");
    }

    @Test
    void alterationsThatDoNotFitTheControlAreEachNamed() throws IOException {
        ControlProfile bad = profile("""
                [{"control-id": "ac-3", "adds": [{"parts": [{"name": "item", "prose": "x"}]}]},
                 {"control-id": "ac-2", "removes": [{"by-id": "ac-2_nope"}, {"by-name": "nothing"}],
                  "adds": [{"position": "after", "parts": [{"name": "item", "prose": "x"}]},
                           {"position": "ending", "by-id": "ac-2_gone", "parts": [{"name": "item", "prose": "x"}]}]}]""");
        try {
            bad.resolve(OscalCatalogTest.lowCatalog());
            throw new AssertionError("expected a validation failure");
        } catch (ItmValidationException e) {
            assertThat(e.violations()).extracting(Object::toString).containsExactly(
                    "modify.alters[0].control-id: control 'ac-3' is not selected by the profile",
                    "modify.alters[1].removes.by-id[0]: control 'ac-2' has no part or parameter 'ac-2_nope'",
                    "modify.alters[1].removes.by-name[0]: control 'ac-2' has no part named 'nothing'",
                    "modify.alters[1].adds[0].position: after needs a by-id",
                    "modify.alters[1].adds[1].by-id: control 'ac-2' has no part or parameter 'ac-2_gone'");
        }
        try {
            profile("""
                    [{"control-id": "ac-2", "removes": [{"by-class": "x"}, {}],
                      "adds": [{"position": "middle"}]}]""");
            throw new AssertionError("expected a validation failure");
        } catch (ItmValidationException e) {
            assertThat(e.violations()).extracting(Object::toString).containsExactly(
                    "$.profile.modify.alters[0].removes[0].by-class: is not supported: remove by-id or by-name",
                    "$.profile.modify.alters[0].removes[1]: needs by-id or by-name",
                    "$.profile.modify.alters[0].adds[0].position: must be starting, ending, before or after, was "
                            + "'middle'");
        }
        assertThat(bad.alterations().get(1).removeIds()).containsExactly("ac-2_nope");
        assertThat(bad.alterations().get(1).removeNames()).containsExactly("nothing");
    }
}
