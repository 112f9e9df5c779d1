package org.itm.operations.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.service.ConfigurationItem;
import org.itm.core.service.ServiceModel;
import org.junit.jupiter.api.Test;

class StandardChangeCatalogTest {

    static final Instant T0 = ChangeTest.T0;
    static final RiskAssessment LOW = ChangeTest.QUESTIONNAIRE.assess(Map.of("backout-tested", "yes",
            "users-affected", "none", "done-before", "yes"));
    static final RiskAssessment HIGH = ChangeTest.QUESTIONNAIRE.assess(Map.of("backout-tested", "no",
            "users-affected", "all", "done-before", "no"));
    static final StandardChangeCatalog CATALOG = StandardChangeCatalog.of(List.of(
            new StandardChangeTemplate("restart-app", "Restart an application server", Set.of("app-1", "app-2"),
                    Set.of("app-server"), RiskLevel.LOW),
            new StandardChangeTemplate("rotate-cert", "Rotate a TLS certificate", Set.of("lb-1"), Set.of(),
                    RiskLevel.MEDIUM)));

    static Change standard(String template, String... cis) {
        return Change.standard("CHG-9", "Restart", template, "rita", List.of(cis), T0);
    }

    @Test
    void aStandardChangeCannotBePreApprovedWithoutItsTemplate() {
        Change claimed = Change.draft("CHG-9", "Restart", ChangeType.STANDARD, "rita", List.of("db-1"), T0);
        assertThatThrownBy(() -> claimed.assess(HIGH, ChangeTest.POLICY.requirementFor(ChangeType.STANDARD,
                HIGH.level()), T0, "carla")).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("StandardChangeCatalog");
        Change normal = Change.draft("CHG-10", "Restart", ChangeType.NORMAL, "rita", List.of("db-1"), T0);
        assertThatThrownBy(() -> normal.assess(LOW, ApprovalRequirement.preApproved(), T0, "carla"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("pre-approval");
    }

    @Test
    void aStandardChangeWithinItsTemplateIsPreApproved() {
        Change c = standard("restart-app", "app-1").assess(LOW, ChangeTest.POLICY, CATALOG, T0, "carla");
        assertThat(c.state()).isEqualTo(ChangeState.AUTHORISED);
        assertThat(c.type()).isEqualTo(ChangeType.STANDARD);
        assertThat(c.template()).contains("restart-app");
        assertThat(c.history()).anyMatch(h -> h.action().equals("assess") && h.note().contains("restart-app"));
    }

    @Test
    void aStandardChangeAboveTheRiskCeilingIsTreatedAsNormalWithTheReason() {
        Change c = standard("restart-app", "app-1").assess(HIGH, ChangeTest.POLICY, CATALOG, T0, "carla");
        assertThat(c.type()).isEqualTo(ChangeType.NORMAL);
        assertThat(c.state()).isEqualTo(ChangeState.ASSESSED);
        assertThat(c.approval().orElseThrow().mode()).isEqualTo(ApprovalMode.UNANIMOUS);
        assertThat(c.history()).filteredOn(h -> h.action().equals("reclassify")).singleElement()
                .satisfies(h -> assertThat(h.note()).contains("treated as NORMAL", "risk HIGH is above the ceiling LOW"));
    }

    @Test
    void aStandardChangeOutsideItsScopeOrWithAnUnknownTemplateIsTreatedAsNormal() {
        StandardChangeCheck ci = CATALOG.check(Optional.of("rotate-cert"), List.of("lb-1", "db-1"), RiskLevel.LOW);
        assertThat(ci.withinScope()).isFalse();
        assertThat(ci.reasons()).singleElement().asString().contains("db-1", "rotate-cert");
        StandardChangeCheck unknown = CATALOG.check(Optional.of("reboot-all"), List.of("lb-1"), RiskLevel.LOW);
        assertThat(unknown.reasons()).singleElement().asString().contains("reboot-all", "not in the catalogue");
        Change none = Change.draft("CHG-9", "Restart", ChangeType.STANDARD, "rita", List.of("lb-1"), T0)
                .assess(LOW, ChangeTest.POLICY, CATALOG, T0, "carla");
        assertThat(none.type()).isEqualTo(ChangeType.NORMAL);
        assertThat(none.approval().orElseThrow().approvers()).containsExactly("carla");
        assertThat(CATALOG.check(Optional.of("rotate-cert"), List.of("lb-1"), RiskLevel.MEDIUM).withinScope())
                .isTrue();
        // normal and emergency changes go the policy's way, the catalogue is not consulted
        Change normal = Change.draft("CHG-11", "Patch", ChangeType.NORMAL, "rita", List.of("db-1"), T0)
                .assess(LOW, ChangeTest.POLICY, CATALOG, T0, "carla");
        assertThat(normal.approval().orElseThrow().group()).isEqualTo("change-management");
    }

    @Test
    void ciTypesAreMatchedThroughTheServiceModel() {
        ServiceModel model = ServiceModel.builder()
                .configurationItem(ConfigurationItem.of("app-7", "app-server", "app 7"))
                .configurationItem(ConfigurationItem.of("db-7", "database", "db 7")).build();
        assertThat(CATALOG.check(Optional.of("restart-app"), List.of("app-7"), RiskLevel.LOW).withinScope())
                .isFalse();
        StandardChangeCatalog typed = CATALOG.resolvingCiTypes(model);
        assertThat(typed.check(Optional.of("restart-app"), List.of("app-7"), RiskLevel.LOW).withinScope()).isTrue();
        assertThat(typed.check(Optional.of("restart-app"), List.of("db-7"), RiskLevel.LOW).reasons())
                .singleElement().asString().contains("db-7", "database");
    }

    @Test
    void theCatalogueIsReadFromYamlAndJsonAndRejectsBadTemplates() {
        StandardChangeCatalog yaml = StandardChangeCatalog.fromYaml("""
                templates:
                  - id: restart-app
                    description: Restart an application server
                    cis: [app-1, app-2]
                    ciTypes: [app-server]
                    riskCeiling: LOW
                  - id: rotate-cert
                    description: Rotate a TLS certificate
                    cis: [lb-1]
                    riskCeiling: MEDIUM
                """);
        assertThat(yaml.templates()).isEqualTo(CATALOG.templates());
        assertThat(StandardChangeCatalog.fromJson(ItmJson.toJson(yaml.toDefinition())).templates())
                .isEqualTo(CATALOG.templates());
        assertThatThrownBy(() -> StandardChangeCatalog.fromYaml("""
                templates:
                  - id: a
                    description: x
                """)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("templates[0].cis").hasMessageContaining("templates[0].riskCeiling");
        assertThatThrownBy(() -> StandardChangeCatalog.fromYaml("""
                templates:
                  - {id: a, description: x, cis: [c], riskCeiling: LOW}
                  - {id: a, description: y, cis: [d], riskCeiling: LOW}
                """)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("templates[1].id").hasMessageContaining("repeats");
        assertThatThrownBy(() -> StandardChangeCatalog.fromYaml("null")).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void theCalendarRefusesAStandardChangeWindowLongerThanItsTemplateAllows() {
        StandardChangeCatalog timed = StandardChangeCatalog.fromYaml("""
                templates:
                  - {id: restart-app, description: Restart, cis: [app-1], riskCeiling: LOW, maxDuration: PT30M}
                """);
        assertThat(timed.templates().get(0).maxDuration()).contains(java.time.Duration.ofMinutes(30));
        Change c = standard("restart-app", "app-1").assess(LOW, ChangeTest.POLICY, timed, T0, "carla");
        ChangeCalendar cal = ChangeCalendar.builder().standardChanges(timed).build();
        org.itm.core.time.TimeInterval hour = new org.itm.core.time.TimeInterval(Instant.parse("2026-03-10T20:00:00Z"),
                Instant.parse("2026-03-10T21:00:00Z"));
        ScheduleCheck check = cal.check(c, hour);
        assertThat(check.allowed()).isFalse();
        assertThat(check.reasons()).anyMatch(r -> r.contains("PT1H") && r.contains("PT30M") && r.contains("restart-app"));
        org.itm.core.time.TimeInterval half = new org.itm.core.time.TimeInterval(hour.start(),
                hour.start().plusSeconds(1800));
        assertThat(cal.schedule(c, half, T0, "carla").state()).isEqualTo(ChangeState.SCHEDULED);
        assertThatThrownBy(() -> new StandardChangeTemplate("t", "x", Set.of("a"), Set.of(), RiskLevel.LOW,
                Optional.of(java.time.Duration.ZERO))).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("maxDuration");
    }
}
