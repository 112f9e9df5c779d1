package org.itm.core.rule.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import com.google.re2j.Pattern;
import java.util.stream.Collectors;
import org.itm.core.rule.Condition;
import org.itm.core.rule.ConditionDefinition;
import org.itm.core.rule.FieldType;
import org.itm.core.rule.Operator;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link ConditionDefinition} into a {@link Condition} over a schema's fields, checking every field name,
 * operator and value against the field's type and reporting each problem with its path.
 */
public final class Compiler<F> {

    private static final int MAX_NAMES_SHOWN = 30;

    private final Map<String, FieldDef<F>> fields;

    public Compiler(Map<String, FieldDef<F>> fields) {
        this.fields = fields;
    }

    /** The compiled condition, or null after recording at least one violation. */
    public @Nullable Condition<F> compile(ConditionDefinition definition, String path, Violations v) {
        if (definition instanceof ConditionDefinition.All all) {
            List<Condition<F>> parts = compileAll(all.all(), path + ".all", v);
            return parts == null ? null : Combinators.all(parts);
        }
        if (definition instanceof ConditionDefinition.Any any) {
            List<Condition<F>> parts = compileAll(any.any(), path + ".any", v);
            return parts == null ? null : Combinators.any(parts);
        }
        if (definition instanceof ConditionDefinition.Not not) {
            Condition<F> inner = compile(not.not(), path + ".not", v);
            return inner == null ? null : Combinators.not(inner);
        }
        return compare((ConditionDefinition.Compare) definition, path, v);
    }

    private @Nullable List<Condition<F>> compileAll(List<ConditionDefinition> parts, String path, Violations v) {
        List<Condition<F>> out = new ArrayList<>(parts.size());
        boolean ok = true;
        for (int i = 0; i < parts.size(); i++) {
            Condition<F> c = compile(parts.get(i), path + "[" + i + "]", v);
            ok &= c != null;
            out.add(c);
        }
        return ok ? out : null;
    }

    private @Nullable Condition<F> compare(ConditionDefinition.Compare c, String path, Violations v) {
        FieldDef<F> field = fields.get(c.field());
        if (field == null) {
            v.add(path + ".field", "unknown field '" + c.field() + "'; known fields: " + known(fields.keySet()));
            return null;
        }
        Operator op = c.op();
        if (!field.type().operators().contains(op)) {
            v.add(path + ".op", "operator '" + op.symbol() + "' does not apply to " + field.describeType()
                    + " field '" + field.name() + "'; use one of " + field.type().operators().stream()
                    .map(Operator::symbol).collect(Collectors.joining(", ")));
            return null;
        }
        int before = v.list().size();
        List<Comparable<Object>> expected = new ArrayList<>();
        Pattern pattern = null;
        String valuePath = path + ".value";
        if (op == Operator.IN || op == Operator.BETWEEN) {
            List<?> values = (List<?>) c.value();
            for (int i = 0; i < values.size(); i++) {
                expected.add(typed(values.get(i), field, valuePath + "[" + i + "]", v));
            }
            if (op == Operator.BETWEEN && v.list().size() == before
                    && expected.get(0).compareTo(expected.get(1)) > 0) {
                v.add(valuePath, "low " + shown(expected.get(0), field) + " is greater than high "
                        + shown(expected.get(1), field));
            }
        } else {
            Comparable<Object> value = typed(c.value(), field, valuePath, v);
            expected.add(value);
            if (op == Operator.MATCHES && value != null) {
                pattern = SafeRegex.compile((String) (Object) value);
            }
        }
        if (v.list().size() > before) {
            return null;
        }
        String shownValue = expected.size() == 1 && op != Operator.IN
                ? shown(expected.get(0), field)
                : expected.stream().map(e -> shown(e, field)).collect(Collectors.joining(", ", "[", "]"));
        return new FieldComparison<>(field, op, expected, pattern, shownValue);
    }

    /** The neutral {@code value} converted to the field's value type, or null after recording a violation. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private @Nullable Comparable<Object> typed(Object value, FieldDef<F> field, String path, Violations v) {
        FieldType type = field.valueType();
        String expectation = "must be " + switch (type) {
            case NUMBER -> "a number";
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case ENUM -> "the name of a constant of " + field.describeType();
            case INSTANT -> "an ISO-8601 instant such as 2026-03-31T13:00:00Z";
            case LOCAL_DATE -> "an ISO-8601 date such as 2026-03-31";
            case DURATION -> "an ISO-8601 duration such as PT4H";
            case COLLECTION -> "a single value";
        } + " for " + field.describeType() + " field '" + field.name() + "', was " + Values.show(value);
        Object typed = switch (type) {
            case NUMBER -> value instanceof BigDecimal ? value : null;
            case STRING -> value instanceof String ? value : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case ENUM -> value instanceof String s && constantNames(field).contains(s) ? s : null;
            case INSTANT -> parse(value, Instant::parse);
            case LOCAL_DATE -> parse(value, LocalDate::parse);
            case DURATION -> parse(value, Duration::parse);
            case COLLECTION -> null;
        };
        if (typed == null) {
            String hint = type == FieldType.ENUM ? "; constants: " + known(constantNames(field)) : "";
            v.add(path, expectation + hint);
            return null;
        }
        return (Comparable) typed;
    }

    private static @Nullable Object parse(Object value, Function<String, ?> parser) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return parser.apply(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> constantNames(FieldDef<?> field) {
        Class<? extends Enum<?>> type = Optional.ofNullable(field.enumType()).orElseThrow();
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static String shown(Object value, FieldDef<?> field) {
        return FieldComparison.show(value, field.valueType());
    }

    private static String known(Collection<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        if (sorted.size() <= MAX_NAMES_SHOWN) {
            return String.join(", ", sorted);
        }
        return String.join(", ", sorted.subList(0, MAX_NAMES_SHOWN)) + ", ... (" + sorted.size() + " in all)";
    }
}
