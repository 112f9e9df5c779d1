package org.itm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.validation.Violations;
import org.junit.jupiter.api.Test;

class HostileInputTest {

    enum Metric { RESPONSE, RESOLUTION }

    record Condition(String field, String op, String value) {
    }

    record Terms(String text, int businessDays, Metric metric, List<String> pauseWhenStates) {
        Terms {
            Violations v = new Violations();
            v.require(text != null && !text.isBlank(), "text", "is required");
            v.require(metric != null, "metric", "is required");
            v.throwIfAny();
            pauseWhenStates = pauseWhenStates == null ? List.of() : List.copyOf(pauseWhenStates);
        }
    }

    private static List<Violation> violations(Runnable r) {
        try {
            r.run();
        } catch (ItmValidationException e) {
            return e.violations();
        }
        throw new AssertionError("expected an ItmValidationException");
    }

    @Test
    void yamlAliasesAreRejectedNamingWhere() {
        List<Violation> v = violations(() -> ItmJson.fromYaml("field: &f service\nop: eq\nvalue: *f\n", Condition.class));
        assertThat(v).singleElement().satisfies(x -> assertThat(x.message()).contains("anchor").contains("line 1"));
    }

    @Test
    void unknownYamlAliasesAreRejected() {
        assertThatThrownBy(() -> ItmJson.fromYaml("field: a\nop: eq\nvalue: *nowhere\n", Condition.class))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("alias");
    }

    @Test
    void yamlTagsAreRejectedNotDropped() {
        List<Violation> v = violations(() -> ItmJson.fromYaml("field: !!java.lang.Runtime x\nop: eq\nvalue: v\n",
                Condition.class));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("$.field");
            assertThat(x.message()).contains("tag").contains("java.lang.Runtime");
        });
    }

    @Test
    void yamlTagsAreRejectedInTreesToo() {
        assertThatThrownBy(() -> ItmJson.yaml().readTree("a: !!binary aGVsbG8=\n"))
                .hasMessageContaining("tag");
    }

    @Test
    void yamlStringsObeyTheJsonStringLimit() {
        String yaml = "field: " + "x".repeat(ItmJson.MAX_STRING_CHARS + 1) + "\nop: eq\nvalue: v\n";
        assertThatThrownBy(() -> ItmJson.fromYaml(yaml, Condition.class))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("length");
        assertThatThrownBy(() -> ItmJson.fromYaml("field: \"" + "x".repeat(ItmJson.MAX_STRING_CHARS + 1) + "\"\n",
                Condition.class)).isInstanceOf(ItmValidationException.class).hasMessageContaining("length");
    }

    @Test
    void anEightMebibyteYamlScalarIsRejectedBeforeItIsBuilt() {
        String yaml = "field: " + "x".repeat(8 * 1024 * 1024) + "\n";
        assertThatThrownBy(() -> ItmJson.fromYaml(yaml, Condition.class))
                .isInstanceOf(ItmValidationException.class);
    }

    @Test
    void yamlNestingObeysTheJsonDepthLimit() {
        String deep = "[".repeat(ItmJson.MAX_NESTING_DEPTH + 5) + "]".repeat(ItmJson.MAX_NESTING_DEPTH + 5);
        assertThatThrownBy(() -> ItmJson.fromYaml(deep, Object.class))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("depth");
    }

    @Test
    void aNullDocumentIsRejectedForEveryType() {
        for (Class<?> type : List.of(Condition.class, Terms.class, Map.class, List.class, String.class)) {
            assertThatThrownBy(() -> ItmJson.fromJson("null", type)).isInstanceOf(ItmValidationException.class)
                    .hasMessageContaining("$");
            assertThatThrownBy(() -> ItmJson.fromYaml("null", type)).isInstanceOf(ItmValidationException.class);
            assertThatThrownBy(() -> ItmJson.fromYaml("", type)).isInstanceOf(ItmValidationException.class);
            assertThatThrownBy(() -> ItmJson.fromJson("null", ItmJson.json().constructType(type)))
                    .isInstanceOf(ItmValidationException.class);
        }
    }

    @Test
    void fractionalNumbersAreNotTruncatedIntoWholeOnes() {
        List<Violation> v = violations(() -> ItmJson.fromYaml("text: a\nbusinessDays: 2.7\nmetric: RESPONSE\n",
                Terms.class));
        assertThat(v).singleElement().satisfies(x -> assertThat(x.path()).isEqualTo("$.businessDays"));
        assertThatThrownBy(() -> ItmJson.fromJson("{\"text\":\"a\",\"businessDays\":2.0,\"metric\":\"RESPONSE\"}",
                Terms.class)).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void enumsAreNotReadFromOrdinals() {
        List<Violation> v = violations(() -> ItmJson.fromYaml("text: a\nbusinessDays: 2\nmetric: 1\n", Terms.class));
        assertThat(v).singleElement().satisfies(x -> assertThat(x.path()).isEqualTo("$.metric"));
        assertThatThrownBy(() -> ItmJson.fromJson("{\"text\":\"a\",\"businessDays\":2,\"metric\":\"1\"}",
                Terms.class)).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void aNullListElementIsReportedAtItsPath() {
        List<Violation> v = violations(() -> ItmJson.fromYaml(
                "text: a\nbusinessDays: 2\nmetric: RESPONSE\npauseWhenStates: [null]\n", Terms.class));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("$.pauseWhenStates[0]");
            assertThat(x.message()).doesNotContain("NullPointerException");
        });
    }

    @Test
    void anUnknownPropertyIsNamedRatherThanReportedAsAMissingOne() {
        List<Violation> v = violations(() -> ItmJson.fromYaml("txt: a\nbusinessDays: 2\nmetric: RESPONSE\n",
                Terms.class));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("$.txt");
            assertThat(x.message()).contains("unknown property 'txt'").contains("text");
        });
    }

    @Test
    void anUnknownPropertyInsideAListIsNamedWithItsPath() {
        List<Violation> v = violations(() -> ItmJson.fromJson(
                "[{\"field\":\"a\",\"op\":\"eq\",\"value\":\"b\"},{\"feild\":\"a\"}]",
                ItmJson.json().getTypeFactory().constructCollectionType(List.class, Condition.class)));
        assertThat(v).extracting(Violation::path).contains("$[1].feild");
    }
}
