package org.itm.core.rule;

import java.util.Collection;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.rule.internal.DefinitionJackson;
import org.itm.core.rule.internal.DefinitionReader;
import org.itm.core.rule.internal.DefinitionWriter;
import org.itm.core.rule.internal.SafeRegex;
import org.itm.core.rule.internal.Values;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A condition written as data, independent of any fact type: {@code all}, {@code any}, {@code not} and field
 * comparisons. Read one with {@link #fromJson(String)} / {@link #fromYaml(String)}, write it back with
 * {@link #toJson()} / {@link #toYaml()}, and turn it into a {@link Condition} with
 * {@link FactSchema#condition(ConditionDefinition)}, which checks fields, operators and values against the schema.
 *
 * <p>The JSON form (YAML alike):
 * <pre>{@code
 * {"all": [ {"field": "impact", "op": "in", "value": ["HIGH", "MEDIUM"]},
 *           {"not": {"field": "vip", "op": "eq", "value": true}},
 *           {"any": [ {"field": "affectedUsers", "op": "gte", "value": 100},
 *                     {"field": "service", "op": "matches", "value": "pay-.*"} ]} ]}
 * }</pre>
 * Each object has exactly one of {@code all} (non-empty list), {@code any} (non-empty list), {@code not} (one
 * condition), or {@code field}+{@code op}+{@code value}. Any other property, an unknown operator, or a value of
 * the wrong shape is rejected with its path, e.g. {@code $.all[1].op: unknown operator 'equalz'}.
 *
 * <p>Values are kept in a neutral form so that definitions compare equal after a round trip: strings, booleans,
 * {@link java.math.BigDecimal} numbers (normalised, so {@code 1} equals {@code 1.0}) and lists of these; enum
 * constants and {@code java.time} values given in Java become their name or ISO-8601 text.
 *
 * @since 0.1
 */
@JsonSerialize(using = DefinitionJackson.ConditionSerializer.class)
@JsonDeserialize(using = DefinitionJackson.ConditionDeserializer.class)
public sealed interface ConditionDefinition
        permits ConditionDefinition.All, ConditionDefinition.Any, ConditionDefinition.Not, ConditionDefinition.Compare {

    /** Most values an {@code in} list may hold. */
    int MAX_IN_VALUES = 1_000;

    /** Holds when every part holds. */
    record All(List<ConditionDefinition> all) implements ConditionDefinition {
        /**
         * Checks the parts and copies them.
         *
         * @param all the conditions that must all hold; at least one
         */
        public All {
            all = parts(all, "all");
        }
    }

    /** Holds when at least one part holds. */
    record Any(List<ConditionDefinition> any) implements ConditionDefinition {
        /**
         * Checks the parts and copies them.
         *
         * @param any the conditions of which one must hold; at least one
         */
        public Any {
            any = parts(any, "any");
        }
    }

    /** Holds when {@code not} does not. */
    record Not(ConditionDefinition not) implements ConditionDefinition {
        /**
         * Checks that the negated condition is present.
         *
         * @param not the condition to negate
         */
        public Not {
            Checks.notNull(not, "not");
        }
    }

    /**
     * Compares a field of the fact with a value.
     *
     * @param field the field's name in the {@link FactSchema}
     * @param op    the operator
     * @param value a scalar, or for {@link Operator#IN} a non-empty list, or for {@link Operator#BETWEEN} a list of
     *              two (low, high); for {@link Operator#MATCHES} a bounded regular expression
     */
    record Compare(String field, Operator op, Object value) implements ConditionDefinition {
        /**
         * Checks that the field is named and that the value has the shape the operator needs.
         *
         * @param field the field's name
         * @param op the operator
         * @param value the value to compare with
         * @throws ItmValidationException naming each bad component
         */
        public Compare {
            Violations v = new Violations();
            v.require(field != null && !field.isBlank(), "field", "must not be blank");
            v.require(op != null, "op", "must not be null");
            Object normalised = null;
            if (value == null) {
                v.add("value", "must not be null");
            } else if (op != null) {
                try {
                    normalised = normalise(op, value);
                } catch (ItmValidationException e) {
                    v.addAll("", e);
                }
            }
            v.throwIfAny();
            value = normalised;
        }

        private static Object normalise(Operator op, Object value) {
            switch (op) {
                case IN -> {
                    if (!(value instanceof Collection<?> c) || c.isEmpty() || c.size() > MAX_IN_VALUES) {
                        throw new ItmValidationException("value", "'in' needs a list of 1 to " + MAX_IN_VALUES
                                + " values");
                    }
                    return Values.scalars(c, "value");
                }
                case BETWEEN -> {
                    if (!(value instanceof Collection<?> c) || c.size() != 2) {
                        throw new ItmValidationException("value", "'between' needs a list of two values [low, high]");
                    }
                    return Values.scalars(c, "value");
                }
                case MATCHES -> {
                    if (!(value instanceof String regex)) {
                        throw new ItmValidationException("value", "'matches' needs a regular expression string");
                    }
                    SafeRegex.problemWith(regex).ifPresent(p -> {
                        throw new ItmValidationException("value", p);
                    });
                    return regex;
                }
                default -> {
                    if (value instanceof Collection<?>) {
                        throw new ItmValidationException("value", "'" + op.symbol() + "' needs a single value, "
                                + "not a list");
                    }
                    return Values.scalar(value, "value");
                }
            }
        }
    }

    /**
     * Shorthand for {@code new All(List.of(parts))}.
     *
     * @param parts the conditions, at least one
     * @return the conjunction
     */
    static ConditionDefinition all(ConditionDefinition... parts) {
        return new All(List.of(parts));
    }

    /**
     * Shorthand for {@code new Any(List.of(parts))}.
     *
     * @param parts the conditions, at least one
     * @return the disjunction
     */
    static ConditionDefinition any(ConditionDefinition... parts) {
        return new Any(List.of(parts));
    }

    /**
     * Shorthand for {@code new Not(condition)}.
     *
     * @param condition the condition to negate
     * @return the negation
     */
    static ConditionDefinition not(ConditionDefinition condition) {
        return new Not(condition);
    }

    /**
     * Shorthand for {@code new Compare(field, op, value)}.
     *
     * @param field the field's name in the {@link FactSchema}
     * @param op the operator
     * @param value the value to compare with, as for {@link Compare}
     * @return the comparison
     */
    static ConditionDefinition compare(String field, Operator op, Object value) {
        return new Compare(field, op, value);
    }

    /**
     * Reads a condition from JSON.
     *
     * @param json the condition as a JSON object
     * @return the definition, not yet checked against a schema (see {@link FactSchema#condition})
     * @throws ItmValidationException listing every problem with its JSON path, e.g. {@code $.all[1].op}
     */
    static ConditionDefinition fromJson(String json) {
        return DefinitionReader.condition(DefinitionReader.parseJson(json));
    }

    /**
     * Reads a condition from YAML; errors as for {@link #fromJson(String)}.
     *
     * @param yaml the condition as a YAML mapping
     * @return the definition, not yet checked against a schema (see {@link FactSchema#condition})
     */
    static ConditionDefinition fromYaml(String yaml) {
        return DefinitionReader.condition(DefinitionReader.parseYaml(yaml));
    }

    /**
     * This condition as JSON, readable by {@link #fromJson(String)}.
     *
     * @return the JSON text
     */
    default String toJson() {
        return DefinitionWriter.json(DefinitionWriter.tree(this));
    }

    /**
     * This condition as YAML, readable by {@link #fromYaml(String)}.
     *
     * @return the YAML text
     */
    default String toYaml() {
        return DefinitionWriter.yaml(DefinitionWriter.tree(this));
    }

    private static List<ConditionDefinition> parts(List<ConditionDefinition> parts, String field) {
        Checks.notEmpty(parts, field);
        for (int i = 0; i < parts.size(); i++) {
            Checks.notNull(parts.get(i), field + "[" + i + "]");
        }
        return List.copyOf(parts);
    }
}
