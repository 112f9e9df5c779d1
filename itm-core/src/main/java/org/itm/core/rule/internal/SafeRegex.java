package org.itm.core.rule.internal;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Optional;
import org.itm.core.rule.Operator;

/**
 * Regular expressions that cannot stall the caller or overflow its stack, on RE2/J: an automaton simulation
 * that reads each input character a bounded number of times and does not recurse, whatever the pattern, so
 * {@code (a|b)*} on the longest input takes linear time and constant stack. The defences, documented on
 * {@link Operator#MATCHES}:
 * <ol>
 *   <li>at load time, reject long patterns and what RE2 syntax has no linear-time form for (back-references,
 *       look-arounds, possessive quantifiers, atomic groups), each with a message that says which;</li>
 *   <li>at match time, refuse inputs longer than {@link Operator#MAX_INPUT_LENGTH};</li>
 *   <li>count every character the engine reads and abandon the match past {@link Operator#STEP_BUDGET}: with a
 *       linear engine a few reads per character suffice, so the budget is a guarantee that holds by
 *       construction, kept so that a future engine could not silently lose it.</li>
 * </ol>
 */
public final class SafeRegex {

    /** How a bounded match ended. */
    public enum Outcome { MATCH, NO_MATCH, INPUT_TOO_LONG, BUDGET_EXCEEDED }

    private static final String SYNTAX = " (RE2 syntax, which runs in linear time)";

    private SafeRegex() {
    }

    /** Why {@code regex} is not accepted, or empty if it is. */
    public static Optional<String> problemWith(String regex) {
        if (regex.length() > Operator.MAX_PATTERN_LENGTH) {
            return Optional.of("regular expression longer than " + Operator.MAX_PATTERN_LENGTH + " characters");
        }
        Optional<String> unsupported = unsupportedConstruct(regex);
        if (unsupported.isPresent()) {
            return unsupported;
        }
        try {
            Pattern.compile(regex);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            String message = e.getMessage() == null ? e.getDescription() : e.getMessage();
            return Optional.of("invalid regular expression" + SYNTAX + ": "
                    + message.replaceFirst("^error parsing regexp: ", ""));
        }
    }

    /** Compiles a pattern already accepted by {@link #problemWith(String)}. */
    public static Pattern compile(String regex) {
        return Pattern.compile(regex);
    }

    /** Whether {@code input} fully matches {@code pattern}, within the input and step bounds. */
    public static Outcome matches(Pattern pattern, String input) {
        return matches(pattern, input, Operator.STEP_BUDGET);
    }

    /** As {@link #matches(Pattern, String)} with {@code budget} character reads. */
    public static Outcome matches(Pattern pattern, String input, int budget) {
        if (input.length() > Operator.MAX_INPUT_LENGTH) {
            return Outcome.INPUT_TOO_LONG;
        }
        Matcher m = pattern.matcher(new BudgetedChars(input, budget));
        try {
            return m.matches() ? Outcome.MATCH : Outcome.NO_MATCH;
        } catch (BudgetExceeded e) {
            return Outcome.BUDGET_EXCEEDED;
        }
    }

    /**
     * Back-references and look-arounds, found outside character classes and {@code \Q...\E} quotes, with a
     * message that names the construct (RE2's own parser would only call them invalid syntax).
     */
    private static Optional<String> unsupportedConstruct(String p) {
        int n = p.length();
        int i = 0;
        while (i < n) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    return Optional.empty(); // the parser reports the dangling backslash
                }
                char d = p.charAt(i + 1);
                if ((d >= '1' && d <= '9') || d == 'k') {
                    return Optional.of("back-references are not allowed in regular expressions" + SYNTAX);
                }
                if (d == 'Q') {
                    int end = p.indexOf("\\E", i + 2);
                    i = end < 0 ? n : end + 2;
                } else if ((d == 'p' || d == 'P' || d == 'x') && i + 2 < n && p.charAt(i + 2) == '{') {
                    int end = p.indexOf('}', i + 3);
                    i = end < 0 ? n : end + 1;
                } else {
                    i += 2;
                }
            } else if (c == '[') {
                i = endOfClass(p, i);
            } else if (c == '(') {
                if (p.startsWith("(?=", i) || p.startsWith("(?!", i) || p.startsWith("(?<=", i)
                        || p.startsWith("(?<!", i)) {
                    return Optional.of("look-arounds are not allowed in regular expressions" + SYNTAX);
                }
                if (p.startsWith("(?>", i)) {
                    return Optional.of("atomic groups are not allowed in regular expressions" + SYNTAX);
                }
                i++;
            } else if ((c == '+' || c == '*' || c == '?' || c == '}' && isCountedQuantifierEnd(p, i))
                    && i + 1 < n && p.charAt(i + 1) == '+') {
                return Optional.of("possessive quantifiers such as a++ are not allowed in regular expressions"
                        + SYNTAX);
            } else {
                i++;
            }
        }
        return Optional.empty();
    }

    /** Whether the {@code '}'} at {@code end} closes a counted quantifier such as {@code {2,3}}. */
    private static boolean isCountedQuantifierEnd(String p, int end) {
        int start = p.lastIndexOf('{', end);
        return start >= 0 && end > start + 1 && p.substring(start + 1, end).matches("\\d{1,9}(,\\d{0,9})?");
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

    /** A string whose reads are counted; the engine reads input only through {@link #charAt(int)}. */
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
