package org.itm.core.rule.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.itm.core.rule.Operator;

/**
 * Regular expressions that cannot stall the caller. Java's engine backtracks, so a pattern like {@code (a+)+b}
 * takes exponential time on a near-miss. Three defences, documented on {@link Operator#MATCHES}:
 * <ol>
 *   <li>at load time, reject long patterns, back-references, look-arounds and nested quantifiers (the
 *       constructs behind nearly all catastrophic backtracking);</li>
 *   <li>at match time, refuse inputs longer than {@link Operator#MAX_INPUT_LENGTH};</li>
 *   <li>count every character the engine reads and abandon the match past {@link Operator#STEP_BUDGET}, which
 *       bounds the remaining polynomial cases (e.g. overlapping alternatives) without threads or timeouts.</li>
 * </ol>
 */
public final class SafeRegex {

    /** How a bounded match ended. */
    public enum Outcome { MATCH, NO_MATCH, INPUT_TOO_LONG, BUDGET_EXCEEDED }

    private SafeRegex() {
    }

    /** Why {@code regex} is not accepted, or empty if it is. */
    public static Optional<String> problemWith(String regex) {
        if (regex.length() > Operator.MAX_PATTERN_LENGTH) {
            return Optional.of("regular expression longer than " + Operator.MAX_PATTERN_LENGTH + " characters");
        }
        Optional<String> structural = structuralProblem(regex);
        if (structural.isPresent()) {
            return structural;
        }
        try {
            Pattern.compile(regex);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("invalid regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
    }

    /** Compiles a pattern already accepted by {@link #problemWith(String)}. */
    public static Pattern compile(String regex) {
        return Pattern.compile(regex);
    }

    /** Whether {@code input} fully matches {@code pattern}, within the input and step bounds. */
    public static Outcome matches(Pattern pattern, String input) {
        if (input.length() > Operator.MAX_INPUT_LENGTH) {
            return Outcome.INPUT_TOO_LONG;
        }
        Matcher m = pattern.matcher(new BudgetedChars(input, Operator.STEP_BUDGET));
        try {
            return m.matches() ? Outcome.MATCH : Outcome.NO_MATCH;
        } catch (BudgetExceeded e) {
            return Outcome.BUDGET_EXCEEDED;
        }
    }

    private static Optional<String> structuralProblem(String p) {
        // One frame per open group: whether the group's contents so far contain a quantifier.
        Deque<boolean[]> groups = new ArrayDeque<>();
        groups.push(new boolean[1]);
        boolean previousIsQuantifiedContent = false;
        int i = 0;
        int n = p.length();
        while (i < n) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    return Optional.empty(); // Pattern.compile reports the dangling backslash
                }
                char d = p.charAt(i + 1);
                if ((d >= '1' && d <= '9') || d == 'k') {
                    return Optional.of("back-references are not allowed in regular expressions");
                }
                if (d == 'Q') {
                    int end = p.indexOf("\\E", i + 2);
                    i = end < 0 ? n : end + 2;
                } else if ((d == 'p' || d == 'P' || d == 'x' || d == 'N') && i + 2 < n && p.charAt(i + 2) == '{') {
                    int end = p.indexOf('}', i + 3);
                    i = end < 0 ? n : end + 1;
                } else {
                    i += 2;
                }
                previousIsQuantifiedContent = false;
            } else if (c == '[') {
                i = endOfClass(p, i);
                previousIsQuantifiedContent = false;
            } else if (c == '(') {
                if (p.startsWith("(?=", i) || p.startsWith("(?!", i) || p.startsWith("(?<=", i)
                        || p.startsWith("(?<!", i)) {
                    return Optional.of("look-arounds are not allowed in regular expressions");
                }
                if (p.startsWith("(?", i)) {
                    int j = i + 2;
                    while (j < n && ":)>".indexOf(p.charAt(j)) < 0) {
                        j++;
                    }
                    if (j < n && p.charAt(j) == ')') {
                        i = j + 1; // inline flags such as (?i): not a group
                        previousIsQuantifiedContent = false;
                        continue;
                    }
                    i = j + 1;
                } else {
                    i++;
                }
                groups.push(new boolean[1]);
                previousIsQuantifiedContent = false;
            } else if (c == ')') {
                if (groups.size() == 1) {
                    return Optional.empty(); // Pattern.compile reports the unbalanced parenthesis
                }
                boolean inner = groups.pop()[0];
                groups.peek()[0] |= inner;
                previousIsQuantifiedContent = inner;
                i++;
            } else if (c == '*' || c == '+' || c == '?' || (c == '{' && isCountedQuantifier(p, i))) {
                // Only a repeating outer quantifier over quantified content can backtrack exponentially;
                // an optional group such as (\.\d+)? cannot.
                if (previousIsQuantifiedContent && repeats(p, i)) {
                    return Optional.of("nested quantifiers such as (a+)+ are not allowed in regular expressions "
                            + "(they can take exponential time)");
                }
                groups.peek()[0] = true;
                i = c == '{' ? p.indexOf('}', i) + 1 : i + 1;
                if (i < n && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
                    i++; // lazy or possessive modifier of the same quantifier
                }
                previousIsQuantifiedContent = false;
            } else {
                i++;
                previousIsQuantifiedContent = false;
            }
        }
        return Optional.empty();
    }

    /** Whether the quantifier at {@code i} can match its operand more than once. */
    private static boolean repeats(String p, int i) {
        char c = p.charAt(i);
        if (c == '?') {
            return false;
        }
        if (c != '{') {
            return true;
        }
        String body = p.substring(i + 1, p.indexOf('}', i));
        int comma = body.indexOf(',');
        if (comma < 0) {
            return Long.parseLong(body) > 1;
        }
        String max = body.substring(comma + 1);
        return max.isEmpty() || Long.parseLong(max) > 1;
    }

    private static boolean isCountedQuantifier(String p, int i) {
        int end = p.indexOf('}', i);
        return end > i + 1 && p.substring(i + 1, end).matches("\\d{1,9}(,\\d{0,9})?");
    }

    /** Index just after the character class starting at {@code start}, allowing nested classes. */
    private static int endOfClass(String p, int start) {
        int i = start + 1;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++; // a leading ']' is a literal
        }
        int depth = 1;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return p.length();
    }

    private static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private static final BudgetExceeded INSTANCE = new BudgetExceeded();

        private BudgetExceeded() {
            super("regex step budget exceeded", null, false, false);
        }
    }

    /** A string whose reads are counted; the regex engine reads input only through {@link #charAt(int)}. */
    private static final class BudgetedChars implements CharSequence {
        private final String text;
        private int budget;

        BudgetedChars(String text, int budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget < 0) {
                throw BudgetExceeded.INSTANCE;
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
