package org.itm.risk.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** The NIST SP 800-53 rev. 5 LOW baseline (shared/data/oscal) read as published, and profiles applied to it. */
class OscalCatalogTest {

    static final String LOW_CATALOG = "oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json";
    static final String LOW_PROFILE = "oscal/NIST_SP-800-53_rev5_LOW-baseline_profile.json";

    static ControlCatalog lowCatalog() throws IOException {
        return Oscal.readCatalog(Files.readString(SharedData.require(LOW_CATALOG)));
    }

    static ControlProfile lowProfile() throws IOException {
        return Oscal.readProfile(Files.readString(SharedData.require(LOW_PROFILE)));
    }

    @Test
    void theLowBaselineCatalogueHas149ControlsIn18Families() throws IOException {
        ControlCatalog low = lowCatalog();
        assertThat(low.uuid()).isEqualTo("0470d39a-3e02-4bff-82cf-676d522c1554");
        assertThat(low.title()).isEqualTo("NIST Special Publication 800-53 Revision 5.1.1 LOW IMPACT BASELINE");
        assertThat(low.version()).isEqualTo("5.1.1+u4");
        assertThat(low.oscalVersion()).isEqualTo("1.1.2");
        assertThat(low.groups()).hasSize(18);
        assertThat(low.groups().get(0).id()).contains("ac");
        assertThat(low.groups().get(0).title()).isEqualTo("Access Control");
        assertThat(low.groups().get(0).controls()).hasSize(11);
        assertThat(low.allControls()).hasSize(149);
        assertThat(low.allControls().stream().filter(c -> c.id().contains("."))).hasSize(18);
        assertThat(low.parameters()).hasSize(445);
    }

    @Test
    void controlsCarryTitleLabelParametersStatementAndEnhancements() throws IOException {
        ControlCatalog low = lowCatalog();
        CatalogControl ac2 = low.control("ac-2").orElseThrow();
        assertThat(ac2.title()).isEqualTo("Account Management");
        assertThat(ac2.label()).contains("AC-2");
        assertThat(ac2.controlClass()).contains("SP800-53");
        ControlParameter first = ac2.params().get(0);
        assertThat(first.id()).isEqualTo("ac-02_odp.01");
        assertThat(first.label()).contains("prerequisites and criteria");
        assertThat(first.guidelines()).containsExactly("prerequisites and criteria for group and role membership are defined;");
        assertThat(ac2.statement().orElseThrow().parts().get(1).label()).contains("b.");

        CatalogControl ia2 = low.control("ia-2").orElseThrow();
        assertThat(ia2.enhancements()).extracting(CatalogControl::id)
                .containsExactly("ia-2.1", "ia-2.2", "ia-2.8", "ia-2.12");
        CatalogControl ia21 = ia2.enhancements().get(0);
        assertThat(ia21.label()).contains("IA-2(1)");
        assertThat(ia21.controlClass()).contains("SP800-53-enhancement");
        assertThat(low.statementText("ia-2.1"))
                .isEqualTo("Implement multi-factor authentication for access to privileged accounts.");

        ControlParameter selection = low.control("ac-1").orElseThrow().param("ac-01_odp.03").orElseThrow();
        assertThat(selection.isSelection()).isTrue();
        assertThat(selection.howMany()).contains("one-or-more");
        assertThat(selection.choices()).containsExactly("organization-level", "mission/business process-level",
                "system-level");
        assertThat(low.control("ac-1").orElseThrow().param("ac-1_prm_1").orElseThrow().aggregates())
                .containsExactly("ac-01_odp.01", "ac-01_odp.02");
        assertThat(low.statementText("ac-1")).startsWith("""
                a. Develop, document, and disseminate to [Assignment: organization-defined personnel or roles]:
                  1. [Selection (one or more): organization-level; mission/business process-level; system-level] \
                access control policy that:
                    (a) Addresses purpose, scope, roles,""");
    }

    @Test
    void theLowProfileSelects149ControlsFromTheCatalogueItImports() throws IOException {
        ControlProfile profile = lowProfile();
        assertThat(profile.uuid()).isEqualTo("7eca4589-7ed9-4552-9da6-738126660be3");
        assertThat(profile.oscalVersion()).isEqualTo("1.1.2");
        ProfileImport imp = profile.imports().get(0);
        assertThat(imp.href()).isEqualTo("#84cbf061-eb87-4ec1-8112-1f529232e907");
        assertThat(imp.includeAll()).isFalse();
        assertThat(imp.include().get(0).withIds()).hasSize(149).startsWith("ac-1", "ac-2", "ac-3");
        assertThat(imp.sourceLinks())
                .contains("../../../../nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json");

        ControlCatalog resolved = profile.resolve(lowCatalog());
        assertThat(resolved.title()).isEqualTo("NIST Special Publication 800-53 Revision 5.1.1 LOW IMPACT BASELINE");
        assertThat(resolved.uuid()).isEqualTo(profile.uuid());
        assertThat(resolved.allControls()).extracting(CatalogControl::id)
                .containsExactlyElementsOf(lowCatalog().allControls().stream().map(CatalogControl::id).toList());
    }

    @Test
    void aProfileNarrowsByIdPatternAndChildControlsAndSetsParameters() throws IOException {
        ControlProfile mfa = profile("""
                {"include-controls": [{"with-ids": ["ia-2"], "with-child-controls": "yes"},
                                      {"matching": [{"pattern": "au-1?"}]}],
                 "exclude-controls": [{"with-ids": ["ia-2.8"]}]}""", "");
        ControlCatalog resolved = mfa.resolve(lowCatalog());
        assertThat(resolved.allControls()).extracting(CatalogControl::id)
                .containsExactly("au-11", "au-12", "ia-2", "ia-2.1", "ia-2.2", "ia-2.12");
        assertThat(resolved.groups()).extracting(g -> g.id().orElseThrow()).containsExactly("au", "ia");

        // a parameter value set by the profile is what the statement says
        ControlProfile ac1 = profile("{\"include-controls\": [{\"with-ids\": [\"ac-1\"]}]}", """
                , "modify": {"set-parameters": [{"param-id": "ac-01_odp.03", "values": ["organization-level"]}]}""");
        assertThat(ac1.resolve(lowCatalog()).statementText("ac-1").lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("  1. organization-level access control policy that:");

        // everything but one family: include-all minus a pattern
        ControlCatalog noIa = profile("{\"include-all\": {}, \"exclude-controls\": [{\"matching\": "
                + "[{\"pattern\": \"ia-*\"}]}]}", "").resolve(lowCatalog());
        assertThat(noIa.allControls()).hasSize(149 - 16);
        assertThat(noIa.groups()).hasSize(17).noneMatch(g -> g.id().orElseThrow().equals("ia"));

        // an enhancement selected without its control stays in its control's family
        ControlCatalog lone = profile("{\"include-controls\": [{\"with-ids\": [\"ia-2.1\"]}]}", "")
                .resolve(lowCatalog());
        assertThat(lone.groups().get(0).controls()).extracting(CatalogControl::id).containsExactly("ia-2.1");
    }

    @Test
    void unknownControlIdsAndParametersAreNamedByTheirPathInTheProfile() throws IOException {
        // read before the assertions: without the public data the test is skipped, not failed inside a lambda
        ControlCatalog low = lowCatalog();
        ControlProfile bad = profile("{\"include-controls\": [{\"with-ids\": [\"ac-2\", \"ac-99\", \"xx-1\"]}]}", """
                , "modify": {"set-parameters": [{"param-id": "nope_odp.01", "values": ["x"]}]}""");
        assertThatThrownBy(() -> bad.resolve(low)).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations()).extracting(Object::toString)
                        .containsExactly(
                                "imports[0].include-controls[0].with-ids[1]: catalogue 'NIST Special Publication "
                                        + "800-53 Revision 5.1.1 LOW IMPACT BASELINE' has no control 'ac-99'",
                                "imports[0].include-controls[0].with-ids[2]: catalogue 'NIST Special Publication "
                                        + "800-53 Revision 5.1.1 LOW IMPACT BASELINE' has no control 'xx-1'"));
        ControlProfile badParam = profile("{\"include-controls\": [{\"with-ids\": [\"ac-2\"]}]}", """
                , "modify": {"set-parameters": [{"param-id": "nope_odp.01", "values": ["x"]}]}""");
        assertThatThrownBy(() -> badParam.resolve(low)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("modify.set-parameters[0].param-id: the resolved catalogue has no parameter "
                        + "'nope_odp.01'");
        assertThatThrownBy(() -> badParam.resolve(Map.of())).hasMessageContaining(
                "imports[0].href: no catalogue given for '#cat'");
    }

    @Test
    void adoptedControlsFeedTheLibraryAndTheGapAnalysisOfTheBaseline() throws IOException {
        ControlCatalog low = lowCatalog();
        Framework framework = low.toFramework("NIST-800-53r5-LOW");
        assertThat(framework.levels()).isEqualTo(3);
        assertThat(framework.atDepth(1)).hasSize(18);
        assertThat(framework.atDepth(2)).hasSize(131);
        assertThat(framework.atDepth(3)).hasSize(18);
        assertThat(framework.children("ia-2")).extracting(Requirement::id)
                .containsExactly("ia-2.1", "ia-2.2", "ia-2.8", "ia-2.12");

        Control mfa = low.adopt("ia-2.1", "NIST-800-53r5-LOW", ControlType.PREVENTIVE, Period.ofMonths(6), "iam-lead");
        assertThat(mfa.id()).isEqualTo("ia-2.1");
        assertThat(mfa.name()).isEqualTo("Multi-factor Authentication to Privileged Accounts");
        assertThat(mfa.objective()).isEqualTo("Implement multi-factor authentication for access to privileged accounts.");
        assertThat(mfa.requirements()).containsExactly(new RequirementRef("NIST-800-53r5-LOW", "ia-2.1"));

        ControlLibrary library = ControlLibrary.create(OwnerNotifier.none());
        library.put(mfa);
        library.record(new ControlTest("ia-2.1", LocalDate.of(2026, 1, 10), TestResult.PASS, "auditor",
                List.of("TCK-9")));
        GapReport enhancements = library.gapAnalysis(framework, 3, LocalDate.of(2026, 2, 1));
        assertThat(enhancements.covered()).extracting(Requirement::id).containsExactly("ia-2.1");
        assertThat(enhancements.coveragePercent()).isEqualByComparingTo(new BigDecimal("5.56"));
        assertThat(enhancements.why("ia-2.1")).contains("effective control ia-2.1");
    }

    private static ControlProfile profile(String importBody, String rest) {
        return Oscal.readProfile("""
                {"profile": {"uuid": "11111111-2222-4333-8444-555555555555",
                  "metadata": {"title": "test profile", "version": "1", "oscal-version": "1.1.2"},
                  "imports": [{"href": "#cat", %s}]%s}}""".formatted(importBody.strip().substring(1,
                importBody.strip().length() - 1), rest.strip()));
    }
}
