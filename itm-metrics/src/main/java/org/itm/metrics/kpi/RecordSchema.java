package org.itm.metrics.kpi;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * The named fields of an input record type that KPI definitions may refer to: dimensions (text to group by),
 * measures (numbers to aggregate), flags (conditions to filter and count) and times (instants that place a record
 * in a window). Adapters from domain types are a schema over the record type plus a mapping function.
 *
 * <p>A measure returns {@link Double#NaN} when it does not apply to a record (an unresolved incident has no time to
 * resolve); such records are skipped by that KPI only. A time returns {@link Optional#empty()} when absent; the
 * record then takes no part in KPIs windowed by that time. Accessors must be pure and fast: they run once per record
 * and KPI.
 *
 * @param <R> the input record type
 * @since 0.1
 */
public final class RecordSchema<R> {

    private final String name;
    private final Map<String, Function<? super R, String>> dimensions;
    private final Map<String, ToDoubleFunction<? super R>> measures;
    private final Map<String, Predicate<? super R>> flags;
    private final Map<String, Function<? super R, Optional<Instant>>> times;

    private RecordSchema(Builder<R> b) {
        this.name = b.name;
        this.dimensions = Map.copyOf(b.dimensions);
        this.measures = Map.copyOf(b.measures);
        this.flags = Map.copyOf(b.flags);
        this.times = Map.copyOf(b.times);
    }

    /**
     * Starts a schema.
     *
     * @param <R> the input record type
     * @param name what the records are, shown in error messages ("incident", "change"); not blank
     * @return a builder without fields
     * @throws org.itm.core.ItmValidationException if {@code name} is blank
     */
    public static <R> Builder<R> builder(String name) {
        return new Builder<>(Checks.notBlank(name, "name"));
    }

    /**
     * The name given to {@link #builder(String)}.
     *
     * @return the schema's name
     */
    public String name() {
        return name;
    }

    /**
     * Looks up a dimension, as the engine does when it compiles a definition.
     *
     * @param field the field name
     * @return its accessor, or empty if the schema has no dimension of that name
     */
    public Optional<Function<? super R, String>> dimension(String field) {
        return Optional.ofNullable(dimensions.get(field));
    }

    /**
     * Looks up a measure.
     *
     * @param field the field name
     * @return its accessor, or empty if the schema has no measure of that name
     */
    public Optional<ToDoubleFunction<? super R>> measure(String field) {
        return Optional.ofNullable(measures.get(field));
    }

    /**
     * Looks up a flag.
     *
     * @param field the field name
     * @return its accessor, or empty if the schema has no flag of that name
     */
    public Optional<Predicate<? super R>> flag(String field) {
        return Optional.ofNullable(flags.get(field));
    }

    /**
     * Looks up a time.
     *
     * @param field the field name
     * @return its accessor, or empty if the schema has no time of that name
     */
    public Optional<Function<? super R, Optional<Instant>>> time(String field) {
        return Optional.ofNullable(times.get(field));
    }

    /**
     * Lists the dimensions, e.g. for an error message or a catalog editor.
     *
     * @return the dimension names, sorted; a new set
     */
    public Set<String> dimensionNames() {
        return new TreeSet<>(dimensions.keySet());
    }

    /**
     * Lists the measures.
     *
     * @return the measure names, sorted; a new set
     */
    public Set<String> measureNames() {
        return new TreeSet<>(measures.keySet());
    }

    /**
     * Lists the flags.
     *
     * @return the flag names, sorted; a new set
     */
    public Set<String> flagNames() {
        return new TreeSet<>(flags.keySet());
    }

    /**
     * Lists the times.
     *
     * @return the time names, sorted; a new set
     */
    public Set<String> timeNames() {
        return new TreeSet<>(times.keySet());
    }

    /**
     * Collects the fields of a {@link RecordSchema}; a name may be used once across all kinds of field. Each
     * setter rejects a blank or repeated name at once. Not thread-safe.
     *
     * @param <R> the input record type
     */
    public static final class Builder<R> {
        private final String name;
        private final Map<String, Function<? super R, String>> dimensions = new LinkedHashMap<>();
        private final Map<String, ToDoubleFunction<? super R>> measures = new LinkedHashMap<>();
        private final Map<String, Predicate<? super R>> flags = new LinkedHashMap<>();
        private final Map<String, Function<? super R, Optional<Instant>>> times = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * A text field to group by, such as a service or a priority.
         *
         * @param field the name definitions use, not yet used in this schema
         * @param accessor reads the value; must not return null
         * @return this builder
         * @throws ItmValidationException if {@code field} is blank or already defined, or {@code accessor} is null
         */
        public Builder<R> dimension(String field, Function<? super R, String> accessor) {
            dimensions.put(unused(field), Checks.notNull(accessor, "accessor"));
            return this;
        }

        /**
         * A numeric field to aggregate, such as hours to resolve.
         *
         * @param field the name definitions use, not yet used in this schema
         * @param accessor reads the value; {@link Double#NaN} means "not applicable to this record", other values
         *                 must be finite and within ±9·10¹²
         * @return this builder
         * @throws ItmValidationException if {@code field} is blank or already defined, or {@code accessor} is null
         */
        public Builder<R> measure(String field, ToDoubleFunction<? super R> accessor) {
            measures.put(unused(field), Checks.notNull(accessor, "accessor"));
            return this;
        }

        /**
         * A condition to filter by or to count as a ratio's numerator, such as "breached SLA".
         *
         * @param field the name definitions use, not yet used in this schema
         * @param accessor tests a record
         * @return this builder
         * @throws ItmValidationException if {@code field} is blank or already defined, or {@code accessor} is null
         */
        public Builder<R> flag(String field, Predicate<? super R> accessor) {
            flags.put(unused(field), Checks.notNull(accessor, "accessor"));
            return this;
        }

        /**
         * An instant that places a record in a time window, such as when an incident was resolved.
         *
         * @param field the name definitions use as their time field, not yet used in this schema
         * @param accessor reads the instant; empty when the record has none (it then takes no part in KPIs
         *                 windowed by this time)
         * @return this builder
         * @throws ItmValidationException if {@code field} is blank or already defined, or {@code accessor} is null
         */
        public Builder<R> time(String field, Function<? super R, Optional<Instant>> accessor) {
            times.put(unused(field), Checks.notNull(accessor, "accessor"));
            return this;
        }

        private String unused(String field) {
            Checks.notBlank(field, "field");
            if (dimensions.containsKey(field) || measures.containsKey(field) || flags.containsKey(field)
                    || times.containsKey(field)) {
                throw new ItmValidationException("field", "'" + field + "' is already defined in schema " + name);
            }
            return field;
        }

        /**
         * Makes the schema; every field was checked when it was added.
         *
         * @return an immutable schema, safe to share between engines and threads if the accessors are
         */
        public RecordSchema<R> build() {
            return new RecordSchema<>(this);
        }
    }
}
