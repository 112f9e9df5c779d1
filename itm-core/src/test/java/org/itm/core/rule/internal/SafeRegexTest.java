package org.itm.core.rule.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import org.itm.core.rule.Operator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRegexTest {

    private static final String LONGEST = "ab".repeat(Operator.MAX_INPUT_LENGTH / 2);

    @ParameterizedTest
    @ValueSource(strings = {"(a|b)*", "(ab|cd)*", "(.|a)*$", "(a+)+b", "a*a*a*a*a*a*b", "(.*)*x", "(a|ab|b)*c"})
    void everyPatternReadsEachCharacterABoundedNumberOfTimes(String regex) {
        Pattern p = SafeRegex.compile(regex);
        // a few reads per character (measured: 3, and 4.5 for (a+)+b) whatever the pattern: far inside Operator.STEP_BUDGET for any input
        // the operator accepts, so the budget is a guarantee rather than a hope
        assertThat(SafeRegex.matches(p, LONGEST, 8 * LONGEST.length())).isNotEqualTo(SafeRegex.Outcome.BUDGET_EXCEEDED);
        assertThat(8L * Operator.MAX_INPUT_LENGTH).isLessThan(Operator.STEP_BUDGET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a|b)*", "a*b"})
    void aMatchPastItsBudgetIsAbandoned(String regex) {
        assertThat(SafeRegex.matches(SafeRegex.compile(regex), LONGEST, 100)).isEqualTo(SafeRegex.Outcome.BUDGET_EXCEEDED);
    }
}
