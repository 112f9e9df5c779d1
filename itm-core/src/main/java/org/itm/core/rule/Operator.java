package org.itm.core.rule;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A field comparison in a {@link ConditionDefinition.Compare}; written in definitions by its {@link #symbol()}
 * ({@code "op": "gte"}). Which operators a field accepts depends on its {@link FieldType}; see there.
 *
 * <p>A comparison on an absent field (the accessor returned {@code null} or an empty {@code Optional}) never holds,
 * whatever the operator; wrap it in {@code not} to test for absence.
 *
 * @since 0.1
 */
public enum Operator {

    /** Equal. Numbers compare by value ({@code 1.0 eq 1}), enums by constant name. */
    EQ("eq"),
    /** Not equal (and present). */
    NE("ne"),
    /** Less than; numbers, instants, dates and durations. */
    LT("lt"),
    /** Less than or equal. */
    LTE("lte"),
    /** Greater than. */
    GT("gt"),
    /** Greater than or equal. */
    GTE("gte"),
    /** Equal to one of the listed values; the value is a non-empty list ({@code "value": ["HIGH", "MEDIUM"]}). */
    IN("in"),
    /** Within {@code [low, high]}, both ends included; the value is a list of two ({@code "value": [1, 5]}). */
    BETWEEN("between"),
    /** A string field contains the value as a substring, or a collection field contains the value as an element. */
    CONTAINS("contains"),
    /**
     * The whole string matches a regular expression in RE2 syntax (as RE2/J implements it: full match, case
     * sensitive unless the pattern says {@code (?i)}; {@code \d}, {@code \p{L}}, {@code [[:alpha:]]},
     * {@code \Q...\E} and named groups {@code (?<name>...)} work as in Java).
     *
     * <p>Matching runs in time linear in the input and without recursion, whatever the pattern, so no definition
     * can stall the caller or overflow its stack: {@code (a|b)*} or {@code (a+)+b} on the longest input take a
     * few reads per character. Patterns are at most {@value #MAX_PATTERN_LENGTH} characters; the constructs
     * that have no linear-time form (back-references, look-arounds, possessive quantifiers, atomic groups, and
     * Java-only classes such as {@code \p{Alpha}}) are rejected when the definition is loaded, with an
     * {@link org.itm.core.ItmValidationException} on the condition's {@code value} that names the construct;
     * inputs longer than {@value #MAX_INPUT_LENGTH} characters do not match; and a match is abandoned (counting
     * as not matching) after {@value #STEP_BUDGET} character reads, a bound the linear engine stays far inside.
     * The explanation states which of these happened.
     */
    MATCHES("matches");

    /** Longest regular expression accepted by {@link #MATCHES}. */
    public static final int MAX_PATTERN_LENGTH = 256;
    /** Longest input {@link #MATCHES} will examine; longer inputs do not match. */
    public static final int MAX_INPUT_LENGTH = 4096;
    /** Most character reads one {@link #MATCHES} evaluation may make before it gives up. */
    public static final int STEP_BUDGET = 1_000_000;

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /**
     * The name used in definitions, e.g. {@code gte}.
     *
     * @return the symbol
     */
    public String symbol() {
        return symbol;
    }

    /**
     * The operator written as {@code symbol} (exact, lower case), if there is one.
     *
     * @param symbol e.g. {@code gte}
     * @return the operator, or empty if no operator has that symbol
     */
    public static Optional<Operator> fromSymbol(String symbol) {
        for (Operator op : values()) {
            if (op.symbol.equals(symbol)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /** All symbols, comma-separated, for error messages. */
    static String symbols() {
        return Arrays.stream(values()).map(Operator::symbol).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return symbol;
    }
}
