package org.itm.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.json.ItmJson;
import org.itm.core.rule.TestFacts.Ticket;
import org.junit.jupiter.api.Test;

/** Definitions embedded in other documents, as an SLA's "applies when" or a policy's rules would be. */
class NestedDefinitionsTest {

    record SlaDefinition(String name, ConditionDefinition appliesWhen, Optional<ConditionDefinition> pausedWhen) {
    }

    record Policy(String id, List<RuleSetDefinition> ruleSets) {
    }

    private static final String SLA = """
            name: gold
            appliesWhen:
              all:
                - {field: level, op: eq, value: HIGH}
                - {field: tags, op: contains, value: customer-facing}
            pausedWhen: {field: vip, op: eq, value: false}
            """;

    @Test
    void conditionsNestedInOtherRecordsReadAndWriteThroughItmJson() {
        SlaDefinition sla = ItmJson.fromYaml(SLA, SlaDefinition.class);
        assertThat(sla.appliesWhen()).isEqualTo(ConditionDefinition.all(
                ConditionDefinition.compare("level", Operator.EQ, "HIGH"),
                ConditionDefinition.compare("tags", Operator.CONTAINS, "customer-facing")));
        assertThat(TestFacts.SCHEMA.condition(sla.appliesWhen()).test(Ticket.typical())).isTrue();

        assertThat(ItmJson.fromJson(ItmJson.toJson(sla), SlaDefinition.class)).isEqualTo(sla);
        assertThat(ItmJson.fromYaml(ItmJson.toYaml(sla), SlaDefinition.class)).isEqualTo(sla);
        assertThat(ItmJson.toJson(sla.appliesWhen())).isEqualTo(sla.appliesWhen().toJson());
    }

    @Test
    void nestedErrorsCarryTheFullPath() {
        String bad = SLA.replace("op: eq, value: HIGH", "op: equalz, value: HIGH");
        assertThatThrownBy(() -> ItmJson.fromYaml(bad, SlaDefinition.class))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path).containsExactly("$.appliesWhen.all[0].op"));
    }

    @Test
    void nestedRootLevelErrorsNameTheProperty() {
        String bad = SLA.replace("pausedWhen: {field: vip, op: eq, value: false}", "pausedWhen: [1]");
        assertThatThrownBy(() -> ItmJson.fromYaml(bad, SlaDefinition.class))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("pausedWhen")
                .hasMessageContaining("must be an object");
    }

    @Test
    void ruleSetsNestedInPoliciesRoundTrip() {
        String yaml = """
                id: change-risk
                ruleSets:
                  - name: risk
                    strategy: HIGHEST_PRIORITY
                    rules:
                      - {name: big, priority: 2, when: {field: users, op: gt, value: 1000}, then: HIGH}
                      - {name: default, then: LOW}
                """;
        Policy p = ItmJson.fromYaml(yaml, Policy.class);
        assertThat(p.ruleSets().get(0).rules()).extracting(RuleDefinition::name).containsExactly("big", "default");
        assertThat(ItmJson.fromJson(ItmJson.toJson(p), Policy.class)).isEqualTo(p);
        assertThat(TestFacts.SCHEMA.ruleSet(p.ruleSets().get(0), String.class).decide(Ticket.typical()).outcome())
                .contains("LOW");
    }
}
