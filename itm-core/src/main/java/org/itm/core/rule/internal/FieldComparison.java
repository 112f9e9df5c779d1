package org.itm.core.rule.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import com.google.re2j.Pattern;
import org.itm.core.ItmException;
import org.itm.core.rule.Condition;
import org.itm.core.rule.ConditionResult;
import org.itm.core.rule.FieldType;
import org.itm.core.rule.Operator;
import org.jspecify.annotations.Nullable;

/**
 * A compiled field comparison: the expected values are already typed (decimal, string, enum name, java.time), so
 * evaluation only reads the field, converts it the same way and compares.
 */
final class FieldComparison<F> implements Condition<F> {

    /** Elements of a collection field shown in an explanation; the rest are counted. */
    private static final int SHOWN_ELEMENTS = 10;

    private final FieldDef<F> field;
    private final Operator op;
    private final List<Comparable<Object>> expected;
    private final @Nullable Pattern pattern;
    private final String description;

    FieldComparison(FieldDef<F> field, Operator op, List<Comparable<Object>> expected, @Nullable Pattern pattern,
                    String shownValue) {
        this.field = field;
        this.op = op;
        this.expected = List.copyOf(expected);
        this.pattern = pattern;
        this.description = field.name() + " " + op.symbol() + " " + shownValue;
    }

    @Override
    public String description() {
        return description;
    }

    /** Same verdict as {@link #evaluate(Object)} without building the explanation. */
    @Override
    public boolean test(F fact) {
        Object raw = read(fact);
        if (raw == null) {
            return false;
        }
        if (field.type() == FieldType.COLLECTION) {
            return containsElement(raw);
        }
        Object actual = comparable(raw, field.type());
        if (actual == null) {
            return false;
        }
        if (op == Operator.MATCHES) {
            return SafeRegex.matches(Objects.requireNonNull(pattern), (String) actual)
                    == SafeRegex.Outcome.MATCH;
        }
        return holds(asComparable(actual));
    }

    private @Nullable Object read(F fact) {
        Object raw = field.getter().apply(fact);
        if (raw instanceof Optional<?> o) {
            return o.orElse(null);
        }
        return raw;
    }

    private boolean containsElement(Object raw) {
        if (!(raw instanceof Collection<?> values)) {
            throw wrongType(raw);
        }
        for (Object element : values) {
            Object c = element == null ? null : comparable(element, field.valueType());
            if (c != null && asComparable(c).compareTo(expected.get(0)) == 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ConditionResult evaluate(F fact) {
        Object raw = read(fact);
        if (raw == null) {
            return ConditionResult.leaf(description, false, "field is absent");
        }
        if (field.type() == FieldType.COLLECTION) {
            return evaluateCollection(raw);
        }
        Object actual = comparable(raw, field.type());
        if (actual == null) {
            return ConditionResult.leaf(description, false, "actual " + raw + " is not a finite number");
        }
        String shown = "actual " + show(actual, field.type());
        if (op == Operator.MATCHES) {
            return matches((String) actual, shown);
        }
        return ConditionResult.leaf(description, holds(asComparable(actual)), shown);
    }

    private ConditionResult evaluateCollection(Object raw) {
        boolean found = containsElement(raw);
        Collection<?> values = (Collection<?>) raw;
        List<String> shown = new ArrayList<>(Math.min(values.size(), SHOWN_ELEMENTS));
        for (Object element : values) {
            if (shown.size() == SHOWN_ELEMENTS) {
                break;
            }
            Object c = element == null ? null : comparable(element, field.valueType());
            shown.add(c == null ? String.valueOf(element) : show(c, field.valueType()));
        }
        String more = values.size() > SHOWN_ELEMENTS ? ", ... (" + values.size() + " in all)" : "";
        return ConditionResult.leaf(description, found, "actual [" + String.join(", ", shown) + more + "]");
    }

    private boolean holds(Comparable<Object> actual) {
        return switch (op) {
            case EQ -> actual.compareTo(expected.get(0)) == 0;
            case NE -> actual.compareTo(expected.get(0)) != 0;
            case LT -> actual.compareTo(expected.get(0)) < 0;
            case LTE -> actual.compareTo(expected.get(0)) <= 0;
            case GT -> actual.compareTo(expected.get(0)) > 0;
            case GTE -> actual.compareTo(expected.get(0)) >= 0;
            case IN -> expected.stream().anyMatch(e -> actual.compareTo(e) == 0);
            case BETWEEN -> actual.compareTo(expected.get(0)) >= 0 && actual.compareTo(expected.get(1)) <= 0;
            case CONTAINS -> ((String) (Object) actual).contains((String) (Object) expected.get(0));
            case MATCHES -> throw new IllegalStateException("handled by matches()");
        };
    }

    private ConditionResult matches(String actual, String shown) {
        SafeRegex.Outcome outcome = SafeRegex.matches(Objects.requireNonNull(pattern), actual);
        return switch (outcome) {
            case MATCH -> ConditionResult.leaf(description, true, shown);
            case NO_MATCH -> ConditionResult.leaf(description, false, shown);
            case INPUT_TOO_LONG -> ConditionResult.leaf(description, false, shown + " is longer than "
                    + Operator.MAX_INPUT_LENGTH + " characters, which counts as no match");
            case BUDGET_EXCEEDED -> ConditionResult.leaf(description, false, shown + ": matching gave up after "
                    + Operator.STEP_BUDGET + " steps, which counts as no match");
        };
    }

    /** The value in comparable form, or null for a number that is not finite. */
    private @Nullable Object comparable(Object raw, FieldType type) {
        switch (type) {
            case NUMBER -> {
                if (!(raw instanceof Number n)) {
                    throw wrongType(raw);
                }
                return Values.decimal(n);
            }
            case STRING -> {
                if (!(raw instanceof CharSequence s)) {
                    throw wrongType(raw);
                }
                return s.toString();
            }
            case BOOLEAN -> {
                return require(raw, Boolean.class);
            }
            case ENUM -> {
                Class<?> enumType = Objects.requireNonNull(field.enumType());
                return require(raw, enumType) instanceof Enum<?> e ? e.name() : raw;
            }
            case INSTANT -> {
                return require(raw, Instant.class);
            }
            case LOCAL_DATE -> {
                return require(raw, LocalDate.class);
            }
            case DURATION -> {
                return require(raw, Duration.class);
            }
            default -> throw wrongType(raw);
        }
    }

    private Object require(Object raw, Class<?> type) {
        if (!type.isInstance(raw)) {
            throw wrongType(raw);
        }
        return raw;
    }

    private ItmException wrongType(Object raw) {
        return new ItmException("field '" + field.name() + "' of the fact schema is declared as "
                + field.describeType() + " but its accessor returned a " + raw.getClass().getName());
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> asComparable(Object value) {
        return (Comparable<Object>) value;
    }

    /** A typed value as people read it: strings quoted, everything else (enum names, numbers, ISO times) bare. */
    static String show(Object value, FieldType type) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return type == FieldType.STRING ? Values.show(value) : String.valueOf(value);
    }

    @Override
    public String toString() {
        return description;
    }
}
