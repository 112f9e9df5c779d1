package org.itm.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.rule.TestFacts.Level;
import org.itm.core.rule.TestFacts.Ticket;
import org.junit.jupiter.api.Test;

class DefinitionsTest {

    private static final String YAML = """
            name: incident-priority-overrides
            strategy: FIRST_MATCH
            rules:
              - name: payment-outage
                description: Payment services down for many users are always P1
                priority: 10
                when:
                  all:
                    - {field: service, op: matches, value: "pay-.*"}
                    - {field: users, op: gte, value: 100}
                then: P1
              - name: vip
                when: {field: vip, op: eq, value: true}
                then: P2
              - name: default
                then: P3
            """;

    @Test
    void yamlAndEquivalentJsonGiveTheSameDefinitionAndDecision() {
        String json = """
                {"name": "incident-priority-overrides", "strategy": "FIRST_MATCH", "rules": [
                  {"name": "payment-outage", "description": "Payment services down for many users are always P1",
                   "priority": 10,
                   "when": {"all": [{"field": "service", "op": "matches", "value": "pay-.*"},
                                    {"field": "users", "op": "gte", "value": 100.0}]},
                   "then": "P1"},
                  {"name": "vip", "when": {"field": "vip", "op": "eq", "value": true}, "then": "P2"},
                  {"name": "default", "then": "P3"}]}
                """;
        RuleSetDefinition fromYaml = RuleSetDefinition.fromYaml(YAML);
        assertThat(RuleSetDefinition.fromJson(json)).isEqualTo(fromYaml);

        RuleSet<Ticket, String> rules = TestFacts.SCHEMA.ruleSet(fromYaml, String.class);
        assertThat(rules.decide(Ticket.typical()).outcome()).contains("P1");
        assertThat(rules.decide(Ticket.typical().withUsers(3)).outcome()).contains("P3");
        Decision<String> d = rules.decide(Ticket.typical().withUsers(3));
        assertThat(d.explanation()).isEqualTo("""
                rule set 'incident-priority-overrides' (FIRST_MATCH): 1 of 3 rules fired: default -> P3
                - payment-outage (priority 10) NOT_MATCHED: its condition did not hold
                    criterion: Payment services down for many users are always P1
                    [failed] all(service matches 'pay-.*', users gte 100): part 2 of 2 failed
                      [held] service matches 'pay-.*': actual 'pay-gateway'
                      [failed] users gte 100: actual 3
                - vip (priority 0) NOT_MATCHED: its condition did not hold
                    [failed] vip eq true: actual false
                - default (priority 0) FIRED: its condition held and no earlier rule's did
                    [held] always""");
    }

    @Test
    void definitionsRoundTripThroughJsonAndYaml() {
        RuleSetDefinition d = RuleSetDefinition.fromYaml(YAML);
        assertThat(RuleSetDefinition.fromJson(d.toJson())).isEqualTo(d);
        assertThat(RuleSetDefinition.fromYaml(d.toYaml())).isEqualTo(d);
        assertThat(d.toJson()).contains("\"when\":{\"all\":[{\"field\":\"service\",\"op\":\"matches\"");
    }

    @Test
    void javaValuesAreNormalisedSoThatEqualDefinitionsCompareEqual() {
        assertThat(new ConditionDefinition.Compare("users", Operator.EQ, 100))
                .isEqualTo(new ConditionDefinition.Compare("users", Operator.EQ, new BigDecimal("100.00")))
                .isEqualTo(new ConditionDefinition.Compare("users", Operator.EQ, 100.0));
        assertThat(new ConditionDefinition.Compare("level", Operator.IN, List.of(Level.HIGH, Level.LOW)).value())
                .isEqualTo(List.of("HIGH", "LOW"));
        assertThat(new ConditionDefinition.Compare("age", Operator.GT, Duration.ofHours(4)).value()).isEqualTo("PT4H");
        assertThat(new RuleDefinition("r", "", 0, Optional.empty(), Map.of("n", 2)).then())
                .isEqualTo(Map.of("n", BigDecimal.valueOf(2)));
    }

    @Test
    void javaBuiltDefinitionsCompileLikeLoadedOnes() {
        ConditionDefinition def = ConditionDefinition.all(
                ConditionDefinition.compare("level", Operator.IN, List.of(Level.HIGH, Level.MEDIUM)),
                ConditionDefinition.not(ConditionDefinition.compare("tags", Operator.CONTAINS, "internal")));
        Condition<Ticket> c = TestFacts.SCHEMA.condition(def);
        assertThat(c.description()).isEqualTo("all(level in [HIGH, MEDIUM], not(tags contains 'internal'))");
        assertThat(c.test(Ticket.typical())).isTrue();
        assertThat(ConditionDefinition.fromJson(def.toJson())).isEqualTo(def);
    }

    @Test
    void badlyShapedValuesAreRejectedInJavaToo() {
        assertThatThrownBy(() -> ConditionDefinition.compare("users", Operator.BETWEEN, List.of(1)))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("value: 'between' needs a list of two values");
        assertThatThrownBy(() -> ConditionDefinition.compare("users", Operator.IN, List.of()))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("value: 'in' needs a list");
        assertThatThrownBy(() -> ConditionDefinition.compare("users", Operator.EQ, List.of(1, 2)))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("value: 'eq' needs a single value");
        assertThatThrownBy(() -> ConditionDefinition.compare("users", Operator.EQ, Double.NaN))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new ConditionDefinition.All(List.of()))
                .isInstanceOf(ItmValidationException.class);
    }

    @Test
    void hugeExponentsAreRejectedInsteadOfExpanded() {
        assertThatThrownBy(() -> ConditionDefinition.fromJson(
                "{\"field\":\"users\",\"op\":\"eq\",\"value\":1e999999}"))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("$.value: number out of range");
    }

    @Test
    void malformedDocumentsAreRejected() {
        assertThatThrownBy(() -> ConditionDefinition.fromJson(""))
                .isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> ConditionDefinition.fromJson("{\"all\": [ }"))
                .isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> ConditionDefinition.fromJson("[1, 2]"))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("$: must be an object");
        assertThatThrownBy(() -> ConditionDefinition.fromJson(
                "{\"field\":\"a\",\"field\":\"b\",\"op\":\"eq\",\"value\":1}"))
                .isInstanceOf(ItmValidationException.class);
    }
}
