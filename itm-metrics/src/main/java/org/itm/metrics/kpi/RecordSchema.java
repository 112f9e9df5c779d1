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

    /** Starts a schema; {@code name} appears in error messages ("incident", "change"). */
    public static <R> Builder<R> builder(String name) {
        return new Builder<>(Checks.notBlank(name, "name"));
    }

    public String name() {
        return name;
    }

    public Optional<Function<? super R, String>> dimension(String field) {
        return Optional.ofNullable(dimensions.get(field));
    }

    public Optional<ToDoubleFunction<? super R>> measure(String field) {
        return Optional.ofNullable(measures.get(field));
    }

    public Optional<Predicate<? super R>> flag(String field) {
        return Optional.ofNullable(flags.get(field));
    }

    public Optional<Function<? super R, Optional<Instant>>> time(String field) {
        return Optional.ofNullable(times.get(field));
    }

    public Set<String> dimensionNames() {
        return new TreeSet<>(dimensions.keySet());
    }

    public Set<String> measureNames() {
        return new TreeSet<>(measures.keySet());
    }

    public Set<String> flagNames() {
        return new TreeSet<>(flags.keySet());
    }

    public Set<String> timeNames() {
        return new TreeSet<>(times.keySet());
    }

    /** Collects the fields of a {@link RecordSchema}; a name may be used once across all kinds of field. */
    public static final class Builder<R> {
        private final String name;
        private final Map<String, Function<? super R, String>> dimensions = new LinkedHashMap<>();
        private final Map<String, ToDoubleFunction<? super R>> measures = new LinkedHashMap<>();
        private final Map<String, Predicate<? super R>> flags = new LinkedHashMap<>();
        private final Map<String, Function<? super R, Optional<Instant>>> times = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /** A text field to group by; the accessor must not return null. */
        public Builder<R> dimension(String field, Function<? super R, String> accessor) {
            dimensions.put(unused(field), Checks.notNull(accessor, "accessor"));
            return this;
        }

        /** A numeric field; NaN means "not applicable to this record". */
        public Builder<R> measure(String field, ToDoubleFunction<? super R> accessor) {
            measures.put(unused(field), Checks.notNull(accessor, "accessor"));
            return this;
        }

        public Builder<R> flag(String field, Predicate<? super R> accessor) {
            flags.put(unused(field), Checks.notNull(accessor, "accessor"));
            return this;
        }

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

        public RecordSchema<R> build() {
            return new RecordSchema<>(this);
        }
    }
}
