package org.itm.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itm.core.ItmValidationException;
import org.itm.core.rule.TestFacts.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedRegexTest {

    private static Condition<Ticket> matches(String regex) {
        return TestFacts.SCHEMA.condition(ConditionDefinition.compare("service", Operator.MATCHES, regex));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+b", "(a*)*", "(?:x+y?)+", "((ab)*c)+", "(a+){2,}", "(\\d+)*$"})
    void nestedQuantifiersAreRejectedAtLoadTime(String regex) {
        assertThatThrownBy(() -> ConditionDefinition.fromJson(
                "{\"field\":\"service\",\"op\":\"matches\",\"value\":\"" + regex.replace("\\", "\\\\") + "\"}"))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("$.value: nested quantifiers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a)\\1", "(?<x>a)\\k<x>"})
    void backReferencesAreRejected(String regex) {
        assertThatThrownBy(() -> ConditionDefinition.compare("service", Operator.MATCHES, regex))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("back-references are not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a(?=b)", "a(?!b)", "(?<=a)b", "(?<!a)b"})
    void lookAroundsAreRejected(String regex) {
        assertThatThrownBy(() -> ConditionDefinition.compare("service", Operator.MATCHES, regex))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("look-arounds are not allowed");
    }

    @Test
    void overlongAndInvalidPatternsAreRejected() {
        assertThatThrownBy(() -> ConditionDefinition.compare("service", Operator.MATCHES,
                "a".repeat(Operator.MAX_PATTERN_LENGTH + 1)))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("longer than 256 characters");
        assertThatThrownBy(() -> ConditionDefinition.compare("service", Operator.MATCHES, "pay-[a-"))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("invalid regular expression");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v\\d+(\\.\\d+)?", "[a-z]+(-[a-z]+)?", "(?i)pay-.*", "(foo|bar)+", "[(+*)]+x",
            "\\Q(a+)+\\E", "a{2,3}b*", "(?:ab){3}", "\\p{Alpha}+"})
    void commonSafePatternsAreAccepted(String regex) {
        assertThatCode(() -> matches(regex)).doesNotThrowAnyException();
    }

    @Test
    void matchingIsFullMatch() {
        assertThat(matches("pay").test(Ticket.typical())).isFalse();
        assertThat(matches("pay.*").test(Ticket.typical())).isTrue();
        assertThat(matches("[a-z]+(-[a-z]+)?").test(Ticket.typical())).isTrue();
    }

    @Test
    void backtrackingBeyondTheStepBudgetCountsAsNoMatchAndIsExplained() {
        // Adjacent quantifiers pass the static check but take polynomial time of high degree; the budget stops them.
        Condition<Ticket> c = matches("a*a*a*a*a*a*b");
        long start = System.nanoTime();
        ConditionResult r = c.evaluate(Ticket.typical().withService("a".repeat(40) + "c"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.holds()).isFalse();
        assertThat(r.detail()).contains("matching gave up after 1000000 steps");
        assertThat(millis).isLessThan(5_000);
        assertThat(c.test(Ticket.typical().withService("aaab"))).isTrue();
    }

    @Test
    void overlongInputsDoNotMatch() {
        ConditionResult r = matches("a*").evaluate(
                Ticket.typical().withService("a".repeat(Operator.MAX_INPUT_LENGTH + 1)));
        assertThat(r.holds()).isFalse();
        assertThat(r.detail()).contains("is longer than 4096 characters");
    }
}
