package org.itm.core.rule.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The neutral value model of definitions: {@link String}, {@link Boolean}, {@link BigDecimal} (normalised, so
 * that {@code 1}, {@code 1.0} and {@code 1L} are the same value), {@link List} and {@link Map} with string keys.
 * Normalising makes definitions compare equal after a JSON or YAML round trip.
 */
public final class Values {

    /** Bounds on numbers so that an exponent like {@code 1e999999} cannot blow up into a huge value. */
    private static final int MAX_DIGITS = 100;

    private Values() {
    }

    /** Normalises a scalar (string, boolean, number, enum, java.time value); throws naming {@code path}. */
    public static Object scalar(@Nullable Object value, String path) {
        if (value == null) {
            throw new ItmValidationException(path, "must not be null");
        }
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number n) {
            return number(n, path);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant || value instanceof LocalDate || value instanceof Duration) {
            return value.toString();
        }
        throw new ItmValidationException(path, "must be a string, number or boolean, was a "
                + value.getClass().getSimpleName());
    }

    /** Normalises any neutral value, including nested lists and maps. */
    public static Object any(@Nullable Object value, String path) {
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            Violations v = new Violations();
            int i = 0;
            for (Object element : c) {
                int index = i++;
                v.check("", () -> out.add(any(element, path + "[" + index + "]")));
            }
            v.throwIfAny();
            return Collections.unmodifiableList(out);
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            Violations v = new Violations();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    v.add(path, "map keys must be strings");
                    continue;
                }
                v.check("", () -> out.put(key, any(e.getValue(), path + "." + key)));
            }
            v.throwIfAny();
            return Collections.unmodifiableMap(out);
        }
        return scalar(value, path);
    }

    /** Normalises a list of scalars. */
    public static List<Object> scalars(Collection<?> values, String path) {
        List<Object> out = new ArrayList<>(values.size());
        Violations v = new Violations();
        int i = 0;
        for (Object element : values) {
            int index = i++;
            v.check("", () -> out.add(scalar(element, path + "[" + index + "]")));
        }
        v.throwIfAny();
        return Collections.unmodifiableList(out);
    }

    private static BigDecimal number(Number n, String path) {
        BigDecimal d;
        if (n instanceof BigDecimal b) {
            d = b;
        } else if (n instanceof BigInteger b) {
            d = new BigDecimal(b);
        } else if (n instanceof Double || n instanceof Float) {
            double x = n.doubleValue();
            if (!Double.isFinite(x)) {
                throw new ItmValidationException(path, "must be a finite number, was " + x);
            }
            d = BigDecimal.valueOf(x);
        } else if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            d = BigDecimal.valueOf(n.longValue());
        } else {
            try {
                d = new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                throw new ItmValidationException(path, "must be a decimal number, was " + n);
            }
        }
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (d.precision() - d.scale() > MAX_DIGITS || d.scale() > MAX_DIGITS) {
            throw new ItmValidationException(path, "number out of range (at most " + MAX_DIGITS
                    + " digits before or after the decimal point)");
        }
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /**
     * A fact's number as a decimal for comparison, or null if it is not finite. Unlike definition values, fact
     * values are not range-checked: any finite number a fact holds must compare.
     */
    public static @Nullable BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Double || n instanceof Float) {
            double x = n.doubleValue();
            return Double.isFinite(x) ? BigDecimal.valueOf(x) : null;
        }
        try {
            return new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A value as people read it in explanations: strings quoted, long values abbreviated. */
    public static String show(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "'" + abbreviate(s) + "'";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Collection<?> c) {
            String shown = c.stream().limit(10).map(Values::show).collect(Collectors.joining(", "));
            return "[" + shown + (c.size() > 10 ? ", ... (" + c.size() + " in all)" : "") + "]";
        }
        return abbreviate(value.toString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
