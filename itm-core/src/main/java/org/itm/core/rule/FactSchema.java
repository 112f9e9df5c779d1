package org.itm.core.rule;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.rule.internal.Combinators;
import org.itm.core.rule.internal.Compiler;
import org.itm.core.rule.internal.FieldDef;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * The fields of a fact type that data definitions may use, each with its {@link FieldType} and an explicit
 * accessor; the only way a definition can see a fact. Build one per fact type, once, and share it (it is immutable
 * and thread-safe):
 * <pre>{@code
 * FactSchema<Incident> schema = FactSchema.<Incident>builder()
 *         .enumeration("impact", Impact.class, Incident::impact)
 *         .number("affectedUsers", Incident::affectedUsers)
 *         .string("service", i -> i.service().name())
 *         .instant("openedAt", Incident::openedAt)
 *         .strings("tags", Incident::tags)
 *         .build();
 * Condition<Incident> c = schema.conditionFromYaml("field: impact\nop: eq\nvalue: HIGH");
 * }</pre>
 * An accessor returns the field's value, or {@code null} (or an empty {@code Optional}) when the fact has none;
 * comparisons on an absent value do not hold. Compiling a definition checks, and reports with its path, every
 * unknown field, operator that does not apply to the field's type, and value of the wrong type (including enum
 * constants that do not exist and ISO-8601 texts that do not parse), so a definition that loads will not fail
 * for those reasons later.
 *
 * @param <F> the type of fact
 * @since 0.1
 */
public final class FactSchema<F> {

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final int MAX_FIELD_NAME = 128;

    private final Map<String, FieldDef<F>> fields;
    private final Map<String, FieldType> types;

    private FactSchema(Map<String, FieldDef<F>> fields) {
        this.fields = Collections.unmodifiableMap(new TreeMap<>(fields));
        Map<String, FieldType> t = new TreeMap<>();
        fields.forEach((name, def) -> t.put(name, def.type()));
        this.types = Collections.unmodifiableMap(t);
    }

    /**
     * Starts a schema for facts of type {@code F}.
     *
     * @param <F> the fact type the schema describes
     * @return an empty builder; declare fields on it, then call {@link Builder#build()}
     */
    public static <F> Builder<F> builder() {
        return new Builder<>();
    }

    /**
     * Every field by name (sorted) with its type.
     *
     * @return an unmodifiable map from field name to {@link FieldType}, sorted by name
     */
    public Map<String, FieldType> fields() {
        return types;
    }

    /**
     * Compiles {@code definition} into a condition over this schema's fields.
     *
     * @param definition the parsed condition, typically from {@link ConditionDefinition#fromYaml(String)}
     * @return a thread-safe condition that tests facts of type {@code F}
     * @throws ItmValidationException listing every problem with its path from {@code $}, e.g.
     *                                {@code $.all[0].field: unknown field 'sevrity'; known fields: ...}
     */
    public Condition<F> condition(ConditionDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        Violations v = new Violations();
        Condition<F> c = new Compiler<>(fields).compile(definition, "$", v);
        v.throwIfAny();
        return Objects.requireNonNull(c);
    }

    /**
     * Compiles {@code definition} into a rule set over this schema's fields; each rule's {@code then} is converted
     * to {@code outcomeType} through {@link ItmJson} (an enum by constant name, a record from an object, ...).
     *
     * @param <O> the outcome type each rule's {@code then} is converted to
     * @param definition the parsed rule set, typically from {@link RuleSetDefinition#fromYaml(String)}
     * @param outcomeType the class of the outcomes, e.g. an enum or a record
     * @return a thread-safe rule set whose rules keep the definition's order, names and priorities
     * @throws ItmValidationException listing every problem with its path, e.g.
     *                                {@code $.rules[2].when.all[1].field: unknown field 'sevrity'; ...}
     */
    public <O> RuleSet<F, O> ruleSet(RuleSetDefinition definition, Class<O> outcomeType) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(outcomeType, "outcomeType");
        Violations v = new Violations();
        Compiler<F> compiler = new Compiler<>(fields);
        List<Rule<F, O>> rules = new ArrayList<>();
        for (int i = 0; i < definition.rules().size(); i++) {
            RuleDefinition r = definition.rules().get(i);
            String path = "$.rules[" + i + "]";
            Condition<F> condition = r.when().isPresent()
                    ? compiler.compile(r.when().get(), path + ".when", v)
                    : Combinators.always();
            @Nullable O outcome = outcome(r.then(), outcomeType, path + ".then", v);
            if (condition != null && outcome != null) {
                rules.add(new Rule<>(r.name(), r.description(), r.priority(), condition, outcome));
            }
        }
        v.throwIfAny();
        return RuleSet.of(definition.name(), definition.strategy(), rules);
    }

    /**
     * Reads and compiles a condition from JSON; see {@link ConditionDefinition} for the format.
     *
     * @param json the condition as a JSON object
     * @return the compiled condition
     * @throws ItmValidationException if the text does not parse or does not fit this schema, each problem with its path
     */
    public Condition<F> conditionFromJson(String json) {
        return condition(ConditionDefinition.fromJson(json));
    }

    /**
     * Reads and compiles a condition from YAML; see {@link ConditionDefinition} for the format.
     *
     * @param yaml the condition as a YAML mapping
     * @return the compiled condition
     * @throws ItmValidationException if the text does not parse or does not fit this schema, each problem with its path
     */
    public Condition<F> conditionFromYaml(String yaml) {
        return condition(ConditionDefinition.fromYaml(yaml));
    }

    /**
     * Reads and compiles a rule set from JSON; see {@link RuleSetDefinition} for the format.
     *
     * @param <O> the outcome type each rule's {@code then} is converted to
     * @param json the rule set as a JSON object
     * @param outcomeType the class of the outcomes
     * @return the compiled rule set
     * @throws ItmValidationException if the text does not parse or does not fit this schema, each problem with its path
     */
    public <O> RuleSet<F, O> ruleSetFromJson(String json, Class<O> outcomeType) {
        return ruleSet(RuleSetDefinition.fromJson(json), outcomeType);
    }

    /**
     * Reads and compiles a rule set from YAML; see {@link RuleSetDefinition} for the format.
     *
     * @param <O> the outcome type each rule's {@code then} is converted to
     * @param yaml the rule set as a YAML mapping
     * @param outcomeType the class of the outcomes
     * @return the compiled rule set
     * @throws ItmValidationException if the text does not parse or does not fit this schema, each problem with its path
     */
    public <O> RuleSet<F, O> ruleSetFromYaml(String yaml, Class<O> outcomeType) {
        return ruleSet(RuleSetDefinition.fromYaml(yaml), outcomeType);
    }

    /**
     * The neutral model keeps every number as a BigDecimal; hand whole ones over as integers so that an outcome's
     * {@code int} field accepts {@code 2} while the mapper still refuses to truncate {@code 2.7}.
     */
    private static Object wholeNumbersAsIntegers(Object value) {
        if (value instanceof BigDecimal d && (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0)) {
            return d.toBigIntegerExact();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FactSchema::wholeNumbersAsIntegers).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, x) -> out.put(k, wholeNumbersAsIntegers(x)));
            return out;
        }
        return value;
    }

    private static <O> @Nullable O outcome(Object then, Class<O> type, String path, Violations v) {
        if (type.isInstance(then)) {
            return type.cast(then);
        }
        try {
            O converted = ItmJson.json().convertValue(wholeNumbersAsIntegers(then), type);
            if (converted == null) {
                v.add(path, "does not convert to " + type.getSimpleName());
            }
            return converted;
        } catch (ItmValidationException e) {
            v.addAll(path, e);
        } catch (JacksonException e) {
            ItmValidationException translated = ItmJson.toValidation(e);
            translated.violations().forEach(x -> v.add(x.path().equals("$") ? path
                    : path + x.path().substring(1), "cannot be read as " + type.getSimpleName() + ": " + x.message()));
        } catch (IllegalArgumentException e) {
            v.add(path, "cannot be read as " + type.getSimpleName() + ": " + e.getMessage());
        }
        return null;
    }

    @Override
    public String toString() {
        return "fact schema " + types;
    }

    /**
     * Declares the fields of a {@link FactSchema}; each method names a field, its type and its accessor.
     * Field names are letters, digits and underscores, optionally dotted ({@code service.tier}); {@link #build()}
     * reports bad or duplicate names.
     */
    public static final class Builder<F> {

        private final Map<String, FieldDef<F>> fields = new LinkedHashMap<>();
        private final Violations violations = new Violations();

        private Builder() {
        }

        /**
         * A numeric field (any {@link Number}; compared by decimal value).
         *
         * @param name the field name definitions use, e.g. {@code affectedUsers}
         * @param accessor reads the value from a fact; may return {@code null} when the fact has none
         * @return this builder
         */
        public Builder<F> number(String name, Function<? super F, ? extends Number> accessor) {
            return add(name, FieldType.NUMBER, null, null, accessor);
        }

        /**
         * A text field.
         *
         * @param name the field name definitions use, e.g. {@code service}
         * @param accessor reads the value from a fact; may return {@code null} when the fact has none
         * @return this builder
         */
        public Builder<F> string(String name, Function<? super F, ? extends CharSequence> accessor) {
            return add(name, FieldType.STRING, null, null, accessor);
        }

        /**
         * A yes/no field.
         *
         * @param name the field name definitions use
         * @param accessor reads the value from a fact; may return {@code null} when the fact has none
         * @return this builder
         */
        public Builder<F> bool(String name, Function<? super F, Boolean> accessor) {
            return add(name, FieldType.BOOLEAN, null, null, accessor);
        }

        /**
         * An enum field; definitions name its constants, which are checked at load time.
         *
         * @param <E> the enum type
         * @param name the field name definitions use, e.g. {@code impact}
         * @param type the enum class, used to check the constants a definition names
         * @param accessor reads the value from a fact; may return {@code null} when the fact has none
         * @return this builder
         */
        public <E extends Enum<E>> Builder<F> enumeration(String name, Class<E> type,
                                                          Function<? super F, ? extends E> accessor) {
            return add(name, FieldType.ENUM, null, Objects.requireNonNull(type, "type"), accessor);
        }

        /**
         * An instant field; definitions write ISO-8601 instants.
         *
         * @param name the field name definitions use, e.g. {@code openedAt}
         * @param accessor reads the value from a fact; may return {@code null} when the fact has none
         * @return this builder
         */
        public Builder<F> instant(String name, Function<? super F, Instant> accessor) {
            return add(name, FieldType.INSTANT, null, null, accessor);
        }

        /**
         * A date field; definitions write ISO-8601 dates.
         *
         * @param name the field name definitions use
         * @param accessor reads the value from a fact; may return {@code null} when the fact has none
         * @return this builder
         */
        public Builder<F> localDate(String name, Function<? super F, LocalDate> accessor) {
            return add(name, FieldType.LOCAL_DATE, null, null, accessor);
        }

        /**
         * A duration field; definitions write ISO-8601 durations.
         *
         * @param name the field name definitions use
         * @param accessor reads the value from a fact; may return {@code null} when the fact has none
         * @return this builder
         */
        public Builder<F> duration(String name, Function<? super F, Duration> accessor) {
            return add(name, FieldType.DURATION, null, null, accessor);
        }

        /**
         * A collection of strings, tested with {@code contains}.
         *
         * @param name the field name definitions use, e.g. {@code tags}
         * @param accessor reads the collection from a fact; may return {@code null} when the fact has none
         * @return this builder
         */
        public Builder<F> strings(String name, Function<? super F, ? extends Collection<String>> accessor) {
            return add(name, FieldType.COLLECTION, FieldType.STRING, null, accessor);
        }

        /**
         * A collection of numbers, tested with {@code contains}.
         *
         * @param name the field name definitions use
         * @param accessor reads the collection from a fact; may return {@code null} when the fact has none
         * @return this builder
         */
        public Builder<F> numbers(String name, Function<? super F, ? extends Collection<? extends Number>> accessor) {
            return add(name, FieldType.COLLECTION, FieldType.NUMBER, null, accessor);
        }

        /**
         * A collection of enum constants, tested with {@code contains}.
         *
         * @param <E> the enum type of the elements
         * @param name the field name definitions use
         * @param type the enum class, used to check the constants a definition names
         * @param accessor reads the collection from a fact; may return {@code null} when the fact has none
         * @return this builder
         */
        public <E extends Enum<E>> Builder<F> enums(String name, Class<E> type,
                                                    Function<? super F, ? extends Collection<? extends E>> accessor) {
            return add(name, FieldType.COLLECTION, FieldType.ENUM, Objects.requireNonNull(type, "type"), accessor);
        }

        private Builder<F> add(String name, FieldType type, @Nullable FieldType elementType,
                               @Nullable Class<? extends Enum<?>> enumType, Function<? super F, ?> accessor) {
            String path = "fields[" + name + "]";
            if (!violations.require(name != null && name.length() <= MAX_FIELD_NAME
                    && FIELD_NAME.matcher(name).matches(), path, "field names are letters, digits and '_', "
                    + "optionally dotted, at most " + MAX_FIELD_NAME + " characters")) {
                return this;
            }
            if (!violations.require(accessor != null, path, "accessor must not be null")) {
                return this;
            }
            if (violations.require(!fields.containsKey(name), path, "declared twice")) {
                fields.put(name, new FieldDef<>(name, type, elementType, enumType, accessor));
            }
            return this;
        }

        /**
         * The schema; throws {@link ItmValidationException} naming every bad field declaration.
         *
         * @return the immutable, thread-safe schema
         * @throws ItmValidationException naming every bad or duplicate field name and every missing accessor
         */
        public FactSchema<F> build() {
            violations.throwIfAny();
            return new FactSchema<>(fields);
        }
    }
}
