package org.itm.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.rule.TestFacts.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactSchemaTest {

    private static final FactSchema<Ticket> SCHEMA = TestFacts.SCHEMA;

    private static ConditionResult eval(String json, Ticket t) {
        return SCHEMA.conditionFromJson(json).evaluate(t);
    }

    private static String cmp(String field, String op, String value) {
        return "{\"field\":\"" + field + "\",\"op\":\"" + op + "\",\"value\":" + value + "}";
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            users    | eq       | 120                               | true
            users    | eq       | 120.00                            | true
            users    | ne       | 120                               | false
            users    | lt       | 121                               | true
            users    | lt       | 120                               | false
            users    | lte      | 120                               | true
            users    | gt       | 119.5                             | true
            users    | gte      | 121                               | false
            users    | in       | [1, 120, 300]                     | true
            users    | in       | [1, 2]                            | false
            users    | between  | [100, 120]                        | true
            users    | between  | [121, 200]                        | false
            service  | eq       | "pay-gateway"                     | true
            service  | ne       | "mail"                            | true
            service  | in       | ["mail", "pay-gateway"]           | true
            service  | contains | "gate"                            | true
            service  | contains | "Gate"                            | false
            service  | matches  | "pay-.*"                          | true
            service  | matches  | "pay"                             | false
            service  | matches  | "(?i)PAY-[a-z]+"                  | true
            vip      | eq       | false                             | true
            vip      | ne       | false                             | false
            level    | eq       | "HIGH"                            | true
            level    | ne       | "LOW"                             | true
            level    | in       | ["LOW", "MEDIUM"]                 | false
            openedAt | lt       | "2026-04-01T00:00:00Z"            | true
            openedAt | eq       | "2026-03-31T15:00:00+02:00"       | true
            openedAt | between  | ["2026-03-31T00:00:00Z", "2026-03-31T13:00:00Z"] | true
            day      | gte      | "2026-03-31"                      | true
            day      | in       | ["2026-01-01", "2026-12-24"]      | false
            age      | gt       | "PT2H"                            | true
            age      | eq       | "PT180M"                          | true
            age      | between  | ["PT1H", "PT2H"]                  | false
            tags     | contains | "pci"                             | true
            tags     | contains | "internal"                        | false
            levels   | contains | "HIGH"                            | true
            scores   | contains | 2                                 | true
            scores   | contains | 0.25                              | false
            """)
    void everyOperatorComparesByTheFieldsType(String field, String op, String value, boolean expected) {
        assertThat(eval(cmp(field, op, value), Ticket.typical()).holds()).isEqualTo(expected);
    }

    @Test
    void comparisonExplainsTheActualValue() {
        ConditionResult r = eval(cmp("users", "gte", "500"), Ticket.typical());
        assertThat(r.holds()).isFalse();
        assertThat(r.condition()).isEqualTo("users gte 500");
        assertThat(r.detail()).isEqualTo("actual 120");

        ConditionResult s = eval(cmp("service", "in", "[\"mail\", \"pay-gateway\"]"), Ticket.typical());
        assertThat(s.render()).isEqualTo("[held] service in ['mail', 'pay-gateway']: actual 'pay-gateway'");

        ConditionResult e = eval(cmp("level", "eq", "\"LOW\""), Ticket.typical());
        assertThat(e.render()).isEqualTo("[failed] level eq LOW: actual HIGH");

        ConditionResult c = eval(cmp("tags", "contains", "\"internal\""), Ticket.typical());
        assertThat(c.render()).isEqualTo("[failed] tags contains 'internal': actual ['customer-facing', 'pci']");
    }

    @Test
    void factNumbersOfAnySizeCompare() {
        FactSchema<Double> schema = FactSchema.<Double>builder().number("x", d -> d).build();
        Condition<Double> big = schema.conditionFromJson(cmp("x", "gt", "1000"));
        assertThat(big.test(1e300)).isTrue();
        assertThat(big.evaluate(Double.NaN).detail()).isEqualTo("actual NaN is not a finite number");
        assertThat(big.test(Double.POSITIVE_INFINITY)).isFalse();
    }

    @Test
    void unquotedYamlScalarsAreReadAsText() {
        String yaml = """
                all:
                  - {field: day, op: eq, value: 2026-03-31}
                  - {field: age, op: lt, value: PT4H}
                  - {field: openedAt, op: lte, value: 2026-03-31T13:00:00Z}
                """;
        assertThat(SCHEMA.conditionFromYaml(yaml).test(Ticket.typical())).isTrue();
    }

    @Test
    void absentFieldsFailEveryComparisonAndSaySo() {
        for (String op : List.of("eq", "ne", "lt", "gte")) {
            ConditionResult r = eval(cmp("users", op, "1"), Ticket.empty());
            assertThat(r.holds()).isFalse();
            assertThat(r.detail()).isEqualTo("field is absent");
        }
        assertThat(eval("{\"not\":" + cmp("users", "eq", "1") + "}", Ticket.empty()).holds()).isTrue();
    }

    @Test
    void nestedConditionExplainsEachEvaluatedPart() {
        String yaml = """
                all:
                  - {field: level, op: eq, value: HIGH}
                  - any:
                      - {field: vip, op: eq, value: true}
                      - {field: users, op: gte, value: 100}
                  - not: {field: tags, op: contains, value: internal}
                """;
        ConditionResult r = SCHEMA.conditionFromYaml(yaml).evaluate(Ticket.typical());
        assertThat(r.holds()).isTrue();
        assertThat(r.render()).isEqualTo("""
                [held] all(level eq HIGH, any(vip eq true, users gte 100), not(tags contains 'internal')): \
                all 3 parts held
                  [held] level eq HIGH: actual HIGH
                  [held] any(vip eq true, users gte 100): part 2 of 2 held
                    [failed] vip eq true: actual false
                    [held] users gte 100: actual 120
                  [held] not(tags contains 'internal'): inner condition failed
                    [failed] tags contains 'internal': actual ['customer-facing', 'pci']""");
    }

    @Test
    void unknownOperatorIsReportedWithItsPathAtLoadTime() {
        String json = """
                {"name": "s", "strategy": "FIRST_MATCH", "rules": [
                  {"name": "a", "then": "x"},
                  {"name": "b", "then": "y"},
                  {"name": "c", "when": {"all": [
                      {"field": "users", "op": "gt", "value": 1},
                      {"field": "level", "op": "equalz", "value": "HIGH"}]}, "then": "z"}]}
                """;
        assertThatThrownBy(() -> SCHEMA.ruleSetFromJson(json, String.class))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations()).containsExactly(
                        new Violation("$.rules[2].when.all[1].op", "unknown operator 'equalz'; one of eq, ne, lt, "
                                + "lte, gt, gte, in, between, contains, matches")));
    }

    @Test
    void everySchemaProblemIsReportedTogetherWithItsPath() {
        String yaml = """
                name: s
                strategy: ALL_MATCHES
                rules:
                  - name: a
                    when:
                      any:
                        - {field: sevrity, op: eq, value: 1}
                        - {field: service, op: gt, value: "m"}
                        - {field: level, op: eq, value: HIHG}
                        - {field: openedAt, op: lt, value: "yesterday"}
                        - {field: users, op: eq, value: "100"}
                        - {field: users, op: between, value: [5, 1]}
                        - {field: vip, op: eq, value: "true"}
                    then: x
                """;
        assertThatThrownBy(() -> SCHEMA.ruleSetFromYaml(yaml, String.class))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path).containsExactly(
                                "$.rules[0].when.any[0].field",
                                "$.rules[0].when.any[1].op",
                                "$.rules[0].when.any[2].value",
                                "$.rules[0].when.any[3].value",
                                "$.rules[0].when.any[4].value",
                                "$.rules[0].when.any[5].value",
                                "$.rules[0].when.any[6].value"))
                .hasMessageContaining("unknown field 'sevrity'; known fields: age, day, level, levels, openedAt")
                .hasMessageContaining("operator 'gt' does not apply to string field 'service'")
                .hasMessageContaining("constants: HIGH, LOW, MEDIUM")
                .hasMessageContaining("must be an ISO-8601 instant")
                .hasMessageContaining("low 5 is greater than high 1");
    }

    @Test
    void structuralProblemsAreReportedWithTheirPath() {
        String json = """
                {"name": "s", "strategy": "BEST", "colour": 1, "rules": [
                  {"name": "a", "priority": 1.5, "when": {"all": []}, "then": "x"},
                  {"name": "b", "when": {"field": "users", "op": "eq", "value": 1, "all": []}, "then": "y"},
                  {"name": "c", "when": {"not": {"field": "users", "op": "in", "value": 3}}},
                  {"name": "d", "when": {"field": "users", "op": "eq", "value": null, "extra": 1}, "then": "z"}]}
                """;
        assertThatThrownBy(() -> SCHEMA.ruleSetFromJson(json, String.class))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path).containsExactly(
                                "$.colour",
                                "$.strategy",
                                "$.rules[0].priority",
                                "$.rules[0].when.all",
                                "$.rules[1].when",
                                "$.rules[2].when.not.value",
                                "$.rules[2].then",
                                "$.rules[3].when.extra",
                                "$.rules[3].when.value"));
    }

    @Test
    void duplicateRuleNamesInDataAreRejected() {
        String yaml = """
                name: s
                strategy: FIRST_MATCH
                rules: [{name: a, then: x}, {name: a, then: y}]
                """;
        assertThatThrownBy(() -> RuleSetDefinition.fromYaml(yaml))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("$.rules[1].name: duplicate rule name 'a'");
    }

    @Test
    void outcomesAreConvertedToTheRequestedTypeOrRejectedWithTheirPath() {
        String yaml = """
                name: s
                strategy: FIRST_MATCH
                rules:
                  - {name: a, when: {field: users, op: gt, value: 1000}, then: LOW}
                  - {name: b, then: MEDUIM}
                """;
        assertThatThrownBy(() -> SCHEMA.ruleSetFromYaml(yaml, TestFacts.Level.class))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path).containsExactly("$.rules[1].then"));

        RuleSet<Ticket, TestFacts.Level> ok = SCHEMA.ruleSetFromYaml(yaml.replace("MEDUIM", "MEDIUM"),
                TestFacts.Level.class);
        assertThat(ok.decide(Ticket.typical()).outcome()).contains(TestFacts.Level.MEDIUM);
    }

    record Risk(String level, int approvers) {
    }

    @Test
    void structuredOutcomesBecomeRecords() {
        String json = """
                {"name": "risk", "strategy": "HIGHEST_PRIORITY", "rules": [
                  {"name": "pci", "priority": 5, "when": {"field": "tags", "op": "contains", "value": "pci"},
                   "then": {"level": "HIGH", "approvers": 2}},
                  {"name": "default", "then": {"level": "LOW", "approvers": 1}}]}
                """;
        Decision<Risk> d = SCHEMA.ruleSetFromJson(json, Risk.class).decide(Ticket.typical());
        assertThat(d.outcome()).contains(new Risk("HIGH", 2));
    }

    @Test
    void unknownPropertiesOfStructuredOutcomesAreReportedWithTheirPath() {
        String json = """
                {"name": "risk", "strategy": "FIRST_MATCH", "rules": [
                  {"name": "default", "then": {"level": "LOW", "approvers": 1, "colour": "red"}}]}
                """;
        assertThatThrownBy(() -> SCHEMA.ruleSetFromJson(json, Risk.class))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path).containsExactly("$.rules[0].then.colour"));
    }

    @Test
    void prioritiesFromAMatrixCanBeRuleOutcomes() {
        String yaml = """
                name: priority-overrides
                strategy: FIRST_MATCH
                rules:
                  - name: pci-is-critical
                    when: {field: tags, op: contains, value: pci}
                    then: {level: 1, label: Critical}
                """;
        org.itm.core.priority.PriorityMatrix itil = org.itm.core.priority.PriorityMatrix.itil3x3();
        Decision<org.itm.core.priority.Priority> d = SCHEMA.ruleSetFromYaml(yaml, org.itm.core.priority.Priority.class)
                .decide(Ticket.typical());
        assertThat(d.outcome()).contains(itil.priority("Critical"));
    }

    @Test
    void schemaRejectsBadAndDuplicateFieldNames() {
        assertThatThrownBy(() -> FactSchema.<Ticket>builder()
                .number("users", Ticket::users)
                .number("users", Ticket::users)
                .string("1st", Ticket::service)
                .build())
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path).containsExactly("fields[users]", "fields[1st]"));
    }

    @Test
    void schemaListsItsFieldsWithTypes() {
        assertThat(SCHEMA.fields()).containsEntry("users", FieldType.NUMBER)
                .containsEntry("levels", FieldType.COLLECTION).hasSize(10);
        assertThat(FieldType.BOOLEAN.operators()).containsExactly(Operator.EQ, Operator.NE);
    }

    @Test
    void accessorReturningTheWrongTypeIsReportedClearly() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        FactSchema<Ticket> broken = FactSchema.<Ticket>builder()
                .number("users", (java.util.function.Function) (Object t) -> "many").build();
        Condition<Ticket> c = broken.conditionFromJson(cmp("users", "gt", "1"));
        assertThatThrownBy(() -> c.evaluate(Ticket.typical()))
                .isInstanceOf(org.itm.core.ItmException.class)
                .hasMessageContaining("field 'users' of the fact schema is declared as number");
    }
}
