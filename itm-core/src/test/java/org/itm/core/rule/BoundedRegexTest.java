package org.itm.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itm.core.ItmValidationException;
import org.itm.core.rule.TestFacts.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedRegexTest {

    private static Condition<Ticket> matches(String regex) {
        return TestFacts.SCHEMA.condition(ConditionDefinition.compare("service", Operator.MATCHES, regex));
    }

    /** Runs {@code task} on a new thread with the JVM's default stack size and returns what it returned. */
    private static <T> T onDefaultStack(java.util.concurrent.Callable<T> task) throws Exception {
        java.util.concurrent.FutureTask<T> f = new java.util.concurrent.FutureTask<>(task);
        Thread t = new Thread(f, "default-stack");
        t.start();
        return f.get(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a|b)*", "(ab|cd)*", "(.|a)*$"})
    void alternationsUnderAStarOnTheLongestInputNeitherOverflowTheStackNorGiveUp(String regex) throws Exception {
        String input = "ab".repeat(Operator.MAX_INPUT_LENGTH / 2);
        ConditionResult r = onDefaultStack(() -> matches(regex).evaluate(Ticket.typical().withService(input)));
        assertThat(r.holds()).isTrue();
        ConditionResult miss = onDefaultStack(() -> matches(regex + "z").evaluate(Ticket.typical()
                .withService(input)));
        assertThat(miss.holds()).isFalse();
        assertThat(miss.detail()).doesNotContain("gave up");
    }

    @Test
    void aRuleSetWithAPathologicalPatternStillReachesItsDefault() throws Exception {
        Rule<Ticket, String> odd = Rule.of("odd", matches("(.|a)*$x"), "P1");
        Rule<Ticket, String> fallback = Rule.of("default", Condition.always(), "P4");
        RuleSet<Ticket, String> set = RuleSet.of("triage", MatchStrategy.FIRST_MATCH, List.of(odd, fallback));
        Decision<String> d = onDefaultStack(() -> set.decide(Ticket.typical().withService(
                "a".repeat(Operator.MAX_INPUT_LENGTH))));
        assertThat(d.outcome()).contains("P4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+b", "(a*)*", "(?:x+y?)+", "((ab)*c)+", "(a+){2,}", "(\\d+)*$"})
    void nestedQuantifiersRunInLinearTimeAndAreAccepted(String regex) throws Exception {
        Condition<Ticket> c = matches(regex);
        // the classic exponential near-miss for a backtracking engine
        ConditionResult r = onDefaultStack(() -> c.evaluate(Ticket.typical().withService("a".repeat(4000) + "!")));
        assertThat(r.holds()).isFalse();
        assertThat(r.detail()).doesNotContain("gave up");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a++", "(?>a)b", "\\p{Alpha}+"})
    void constructsOutsideTheLinearTimeSyntaxAreRejectedNamingTheField(String regex) {
        assertThatThrownBy(() -> ConditionDefinition.fromJson(
                "{\"field\":\"service\",\"op\":\"matches\",\"value\":\"" + regex.replace("\\", "\\\\") + "\"}"))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("$.value: ")
                .hasMessageContaining("RE2 syntax");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a)\\1", "(?<x>a)\\k<x>"})
    void backReferencesAreRejected(String regex) {
        assertThatThrownBy(() -> ConditionDefinition.compare("service", Operator.MATCHES, regex))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("value")
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
            "\\Q(a+)+\\E", "a{2,3}b*", "(?:ab){3}", "\\p{L}+", "[[:alpha:]]+", "(?<name>[a-z]+)-\\d"})
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
    void adjacentQuantifiersFinishWellInsideTheStepBudgetOnTheLongestInput() {
        // polynomial of high degree for a backtracking engine; linear for RE2, so the budget is never reached
        Condition<Ticket> c = matches("a*a*a*a*a*a*b");
        ConditionResult r = c.evaluate(Ticket.typical().withService("a".repeat(Operator.MAX_INPUT_LENGTH - 1) + "c"));
        assertThat(r.holds()).isFalse();
        assertThat(r.detail()).doesNotContain("gave up");
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
