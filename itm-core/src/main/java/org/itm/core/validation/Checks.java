package org.itm.core.validation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.internal.Contract;
import org.itm.core.validation.internal.IdentifierSyntax;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks for compact constructors and builders; each throws {@link ItmValidationException} naming
 * the field and the reason, and returns the checked value so it can be assigned in one line.
 *
 * <p>To report several problems at once, use {@link Violations} instead.
 *
 * @since 0.1
 */
public final class Checks {

    private static final int QUOTE_LIMIT = 40;

    private Checks() {
    }

    /**
     * Checks that {@code value} is present.
     *
     * @param <T> the value's type
     * @param value the value to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} if {@code value} is null
     */
    @Contract("null, _ -> fail")
    public static <T> T notNull(@Nullable T value, String field) {
        if (value == null) {
            throw new ItmValidationException(field, "must not be null");
        }
        return value;
    }

    /**
     * Checks that {@code value} is present and has a character other than white space.
     *
     * @param value the text to check
     * @param field the name reported in the exception
     * @return {@code value}, unchanged
     * @throws ItmValidationException naming {@code field} if {@code value} is null, empty or blank
     */
    @Contract("null, _ -> fail")
    public static String notBlank(@Nullable String value, String field) {
        notNull(value, field);
        // a printable, non-space ASCII first character settles it without a scan (the usual case, and a hot path)
        if (!value.isEmpty()) {
            char first = value.charAt(0);
            if (first > ' ' && first < 0x7F) {
                return value;
            }
        }
        if (value.isBlank()) {
            throw new ItmValidationException(field, "must not be blank");
        }
        return value;
    }

    /**
     * Checks that {@code value} is a usable identifier: 1–128 characters of letters, digits and {@code ._:@/-}.
     *
     * @param value the identifier to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} if {@code value} is null or not such an identifier
     */
    @Contract("null, _ -> fail")
    public static String id(@Nullable String value, String field) {
        notNull(value, field);
        if (!IdentifierSyntax.matches(value)) {
            throw new ItmValidationException(field,
                    "must be 1-128 characters of letters, digits or ._:@/- starting with a letter or digit, was '"
                            + abbreviate(value) + "'");
        }
        return value;
    }

    /**
     * Checks that {@code value} is text every store and encoder keeps as given: no U+0000 (PostgreSQL cannot store
     * it) and no unpaired surrogate (UTF-8 encoders silently write '?' for one). The message gives the position.
     *
     * @return {@code value}
     * @param value the text to check
     * @param field the name reported in the exception
     * @throws ItmValidationException naming {@code field} if {@code value} is null or holds such a character
     */
    @Contract("null, _ -> fail")
    public static String unicodeText(@Nullable String value, String field) {
        notNull(value, field);
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == 0) {
                throw new ItmValidationException(field, "must not contain U+0000 (NUL), found at index " + i);
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    throw new ItmValidationException(field, "must not contain an unpaired surrogate, found "
                            + String.format(Locale.ROOT, "U+%04X", (int) c) + " at index " + i);
                }
            }
        }
        return value;
    }

    /**
     * Checks {@code value > 0}.
     *
     * @param value the number to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} and the value if it is zero or negative
     */
    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new ItmValidationException(field, "must be positive, was " + value);
        }
        return value;
    }

    /**
     * Checks {@code value > 0}.
     *
     * @param value the number to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} and the value if it is zero or negative
     */
    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new ItmValidationException(field, "must be positive, was " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} is positive and finite.
     *
     * @param value the number to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} and the value if it is not above zero, infinite or NaN
     */
    public static double positive(double value, String field) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new ItmValidationException(field, "must be a positive finite number, was " + value);
        }
        return value;
    }

    /**
     * Checks {@code value >= 0}.
     *
     * @param value the number to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} and the value if it is negative
     */
    public static int notNegative(int value, String field) {
        if (value < 0) {
            throw new ItmValidationException(field, "must not be negative, was " + value);
        }
        return value;
    }

    /**
     * Checks {@code value >= 0}.
     *
     * @param value the number to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} and the value if it is negative
     */
    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new ItmValidationException(field, "must not be negative, was " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} is zero or positive and finite.
     *
     * @param value the number to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} and the value if it is negative, infinite or NaN
     */
    public static double notNegative(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new ItmValidationException(field, "must be a finite number >= 0, was " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} is neither infinite nor NaN.
     *
     * @param value the number to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} and the value if it is infinite or NaN
     */
    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new ItmValidationException(field, "must be a finite number, was " + value);
        }
        return value;
    }

    /**
     * Checks {@code min <= value <= max}.
     *
     * @param value the number to check
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field}, the bounds and the value if it is outside them or NaN
     */
    public static double between(double value, double min, double max, String field) {
        if (!(value >= min && value <= max)) {
            throw new ItmValidationException(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * Checks {@code min <= value <= max}.
     *
     * @param value the number to check
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field}, the bounds and the value if it is outside them
     */
    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new ItmValidationException(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * A probability or fraction in [0, 1].
     *
     * @param value the number to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} and the value if it is outside [0, 1]
     */
    public static double fraction(double value, String field) {
        return between(value, 0.0, 1.0, field);
    }

    /**
     * A confidence or coverage level, or a quantile's probability, as ITM takes them everywhere: a fraction strictly
     * between 0 and 1 ({@code 0.95}, not {@code 95}). A value from 1 to 100 is rejected with a message that says
     * it looks like a percentage.
     *
     * @param value the level to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException if {@code value} is not in (0, 1)
     */
    public static double level(double value, String field) {
        if (!(value > 0 && value < 1)) {
            String hint = value >= 1 && value <= 100
                    ? "; " + value + " looks like a percentage, pass the fraction " + value / 100 + " instead" : "";
            throw new ItmValidationException(field, "must be a fraction in (0, 1) such as 0.95, was " + value + hint);
        }
        return value;
    }

    /**
     * Checks that {@code value} is present and longer than zero.
     *
     * @param value the duration to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} if {@code value} is null, zero or negative
     */
    @Contract("null, _ -> fail")
    public static Duration positive(@Nullable Duration value, String field) {
        notNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new ItmValidationException(field, "must be a positive duration, was " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} is present and not negative.
     *
     * @param value the duration to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} if {@code value} is null or negative
     */
    @Contract("null, _ -> fail")
    public static Duration notNegative(@Nullable Duration value, String field) {
        notNull(value, field);
        if (value.isNegative()) {
            throw new ItmValidationException(field, "must not be a negative duration, was " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} is present and not negative.
     *
     * @param value the amount to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} if {@code value} is null or negative
     */
    @Contract("null, _ -> fail")
    public static BigDecimal notNegative(@Nullable BigDecimal value, String field) {
        notNull(value, field);
        if (value.signum() < 0) {
            throw new ItmValidationException(field, "must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    /**
     * Checks that the collection {@code value} is present and has at least one element.
     *
     * @param <C> the collection type
     * @param value the collection to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} if {@code value} is null or empty
     */
    @Contract("null, _ -> fail")
    public static <C extends Collection<?>> C notEmpty(@Nullable C value, String field) {
        notNull(value, field);
        if (value.isEmpty()) {
            throw new ItmValidationException(field, "must not be empty");
        }
        return value;
    }

    /**
     * Checks that the map {@code value} is present and has at least one entry.
     *
     * @param <M> the map type
     * @param value the map to check
     * @param field the name reported in the exception
     * @return {@code value}
     * @throws ItmValidationException naming {@code field} if {@code value} is null or empty
     */
    @Contract("null, _ -> fail")
    public static <M extends Map<?, ?>> M notEmpty(@Nullable M value, String field) {
        notNull(value, field);
        if (value.isEmpty()) {
            throw new ItmValidationException(field, "must not be empty");
        }
        return value;
    }

    /**
     * Throws with {@code message} at {@code field} unless {@code condition} holds.
     *
     * @param condition the check that must hold
     * @param field the name reported in the exception
     * @param message the reason, e.g. {@code must be before end}
     */
    @Contract("false, _, _ -> fail")
    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new ItmValidationException(field, message);
        }
    }

    /**
     * Hands a setting that may still be unset to a constructor that rejects null itself, with an
     * {@link ItmValidationException} naming it among every other violation: a builder's {@code build()} passes its
     * fields through this so that one exception lists all that is wrong, not just the first missing setting.
     *
     * <p>It returns {@code value} unchanged, null included; the build's null checker (NullAway, which knows this
     * method as a cast) takes the result as non-null, so use it only where the callee validates the argument.
     *
     * @param <T> the value's type
     * @param value the setting, possibly null
     * @return {@code value}
     */
    @SuppressWarnings("NullAway") // the one deliberate hole: the callee, not the type, rejects null
    public static <T> T toValidate(@Nullable T value) {
        return value;
    }

    /**
     * User input quoted for an error message: single quotes around at most 40 characters (the rest is counted, not
     * copied, so a megabyte of input does not become a megabyte of message), with line breaks, tabs, quotes and
     * backslashes escaped and every other control, format or unpaired surrogate character written as backslash-u
     * and four hex digits, so a message cannot forge log lines or terminal escapes.
     *
     * @param value the input, may be null
     * @return e.g. {@code 'AV:N'}, or {@code 'NNNN...'} followed by {@code (and 999960 more characters)}; {@code null}
     *         for null
     */
    public static String quote(@Nullable String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(48).append('\'');
        int end = Math.min(value.length(), QUOTE_LIMIT);
        if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                default -> {
                    boolean paired = Character.isHighSurrogate(c) && i + 1 < end
                            && Character.isLowSurrogate(value.charAt(i + 1));
                    if (paired) {
                        sb.append(c).append(value.charAt(++i));
                    } else if (Character.isISOControl(c) || Character.isSurrogate(c)
                            || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.UNASSIGNED
                            || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('\'');
        if (end < value.length()) {
            sb.append(" (and ").append(value.length() - end).append(" more characters)");
        }
        return sb.toString();
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
