package org.itm.core.rule;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The type of a field in a {@link FactSchema}; it decides which {@link Operator}s a definition may apply to the
 * field and how the definition writes the value to compare with.
 *
 * @since 0.1
 */
public enum FieldType {

    /** Any {@link Number}, compared by value as a decimal; written as a JSON number. */
    NUMBER(EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LTE, Operator.GT, Operator.GTE, Operator.IN,
            Operator.BETWEEN)),
    /** A {@link String}, case-sensitive; written as a JSON string. */
    STRING(EnumSet.of(Operator.EQ, Operator.NE, Operator.IN, Operator.CONTAINS, Operator.MATCHES)),
    /** A {@link Boolean}; written as {@code true} or {@code false}. */
    BOOLEAN(EnumSet.of(Operator.EQ, Operator.NE)),
    /** An enum constant, compared by name; written as the constant's name, checked when the definition is loaded. */
    ENUM(EnumSet.of(Operator.EQ, Operator.NE, Operator.IN)),
    /** A {@link java.time.Instant}; written as an ISO-8601 string such as {@code 2026-03-31T13:00:00Z}. */
    INSTANT(EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LTE, Operator.GT, Operator.GTE, Operator.IN,
            Operator.BETWEEN)),
    /** A {@link java.time.LocalDate}; written as an ISO-8601 date such as {@code 2026-03-31}. */
    LOCAL_DATE(EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LTE, Operator.GT, Operator.GTE, Operator.IN,
            Operator.BETWEEN)),
    /** A {@link java.time.Duration}; written as an ISO-8601 duration such as {@code PT4H}. */
    DURATION(EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LTE, Operator.GT, Operator.GTE, Operator.IN,
            Operator.BETWEEN)),
    /**
     * A collection of strings, numbers or enum constants; only {@link Operator#CONTAINS} applies, with a value
     * written as for the element type.
     */
    COLLECTION(EnumSet.of(Operator.CONTAINS));

    private final Set<Operator> operators;

    FieldType(EnumSet<Operator> operators) {
        this.operators = Collections.unmodifiableSet(operators);
    }

    /**
     * The operators a definition may apply to a field of this type.
     *
     * @return the applicable operators
     */
    public Set<Operator> operators() {
        return operators;
    }
}
