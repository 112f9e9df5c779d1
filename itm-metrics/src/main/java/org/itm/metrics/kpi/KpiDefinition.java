package org.itm.metrics.kpi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Identifier;
import org.itm.core.validation.Validation;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * What a KPI measures and how it is judged, as data: write it in JSON or YAML and read it with
 * {@link #fromJson(String)}/{@link #fromYaml(String)}, or build it with {@link #builder(String)}.
 *
 * <p>Field names ({@code measure}, {@code numerator}, {@code filters}, {@code timeField}, {@code dimensions}) refer to
 * the {@link RecordSchema} the definition is compiled against by {@link KpiEngine#create(RecordSchema, List)}; a
 * record takes part when every flag in {@code filters} holds and its {@code timeField} is present. The value of a
 * group and window is {@code scale.apply(aggregate)}; {@code thresholds} turn it into a {@link RagStatus}.
 *
 * <pre>{@code
 * KpiDefinition mttr = KpiDefinition.builder("incident.mttr.median")
 *         .name("MTTR (median)").unit("h").direction(KpiDirection.LOWER_IS_BETTER)
 *         .median("hoursToResolve").filter("resolved").timeField("opened")
 *         .dimensions("service", "priority").window(TimeWindow.month(zone))
 *         .thresholds(8, 8, 16).build();
 * }</pre>
 *
 * @param id          stable identifier, e.g. {@code incident.mttr.median}
 * @param name        short name shown to people
 * @param description the definition written down: what is counted, from which records, in which unit
 * @param unit        unit of the value ({@code h}, {@code %}, {@code count}, {@code EUR}, ...)
 * @param direction   which way the KPI improves
 * @param aggregation how records are reduced
 * @param measure     numeric field aggregated (SUM, MEAN, MEDIAN, PERCENTILE, SUM_RATIO numerator, optional for RATE),
 *                    or dimension counted (DISTINCT_COUNT)
 * @param denominator numeric field summed as denominator of SUM_RATIO
 * @param numerator   flag counted as numerator of RATIO
 * @param percentile  the percentile of PERCENTILE, strictly between 0 and 100
 * @param per         the period of RATE and TIME_BETWEEN
 * @param filters     flags that must all hold for a record to take part
 * @param timeField   instant field that places a record in a time window
 * @param dimensions  dimension fields to group by, in order
 * @param window      the time windows to group by
 * @param scale       presentation of the aggregated value
 * @param thresholds  target and RAG bounds, if the KPI is judged
 * @since 0.1
 */
public record KpiDefinition(@NotNull @Identifier String id, @NotBlank String name, String description,
                            @NotBlank String unit, @NotNull KpiDirection direction, @NotNull AggregationKind aggregation,
                            Optional<String> measure, Optional<String> denominator,
                            Optional<String> numerator, Optional<Double> percentile,
                            Optional<RatePeriod> per, List<@NotBlank String> filters, @NotBlank String timeField,
                            List<@NotBlank String> dimensions, TimeWindow window, ValueScale scale,
                            Optional<Thresholds> thresholds) {

    /**
     * Reads absent optional properties of a JSON/YAML document (they arrive as {@code null}) as empty, and validates
     * every field, reporting all violations together: the annotations, then what they cannot express (the fields
     * each aggregation needs and refuses, unique dimensions, thresholds that suit the direction).
     *
     * @param id stable identifier, e.g. {@code incident.mttr.median}
     * @param name short name shown to people
     * @param description the definition written down: what is counted, from which records, in which unit
     * @param unit unit of the value ({@code h}, {@code %}, {@code count}, {@code EUR}, ...)
     * @param direction which way the KPI improves
     * @param aggregation how records are reduced
     * @param measure numeric field aggregated (SUM, MEAN, MEDIAN, PERCENTILE, SUM_RATIO numerator, optional for RATE),
     *        or dimension counted (DISTINCT_COUNT)
     * @param denominator numeric field summed as denominator of SUM_RATIO
     * @param numerator flag counted as numerator of RATIO
     * @param percentile the percentile of PERCENTILE, strictly between 0 and 100
     * @param per the period of RATE and TIME_BETWEEN
     * @param filters flags that must all hold for a record to take part
     * @param timeField instant field that places a record in a time window
     * @param dimensions dimension fields to group by, in order
     * @param window the time windows to group by
     * @param scale presentation of the aggregated value
     * @param thresholds target and RAG bounds, if the KPI is judged
     * @throws org.itm.core.ItmValidationException naming every bad field, e.g. {@code filters[0]} or {@code per}
     */
    public KpiDefinition {
        Violations v = new Violations().addAll(Validation.checkComponents(KpiDefinition.class, id, name, description,
                unit, direction, aggregation, measure, denominator, numerator, percentile, per, filters, timeField,
                dimensions, window, scale, thresholds));
        // the copies drop null elements, which the annotations have reported; the constructor throws below
        filters = filters == null ? List.of() : filters.stream().filter(Objects::nonNull).toList();
        dimensions = dimensions == null ? List.of() : dimensions.stream().filter(Objects::nonNull).toList();
        measure = orEmpty(measure);
        denominator = orEmpty(denominator);
        numerator = orEmpty(numerator);
        percentile = orEmpty(percentile);
        per = orEmpty(per);
        thresholds = orEmpty(thresholds);
        scale = scale == null ? ValueScale.AS_IS : scale;
        window = window == null ? TimeWindow.all() : window;
        description = description == null ? "" : description;

        if (aggregation != null) {
            checkAggregation(v, aggregation, measure, denominator, numerator, percentile, per, window);
        }
        v.require(new HashSet<>(dimensions).size() == dimensions.size(), "dimensions", "must not repeat a dimension");
        if (thresholds.isPresent() && direction != null) {
            Thresholds t = thresholds.get();
            v.require(direction.atLeastAsGood(t.green(), t.amber()), "thresholds",
                    "green bound " + t.green() + " must be at least as good as amber bound " + t.amber()
                            + " for " + direction);
        }
        v.throwIfAny();
    }

    private static void checkAggregation(Violations v, AggregationKind kind, Optional<String> measure,
                                         Optional<String> denominator, Optional<String> numerator,
                                         Optional<Double> percentile, Optional<RatePeriod> per, TimeWindow window) {
        boolean needsMeasure = switch (kind) {
            case SUM, MEAN, MEDIAN, PERCENTILE, SUM_RATIO, DISTINCT_COUNT -> true;
            default -> false;
        };
        v.require(!needsMeasure || measure.isPresent(), "measure", "is required for " + kind);
        v.require(needsMeasure || kind == AggregationKind.RATE || measure.isEmpty(), "measure",
                "is not used by " + kind);
        v.require((kind == AggregationKind.SUM_RATIO) == denominator.isPresent(), "denominator",
                kind == AggregationKind.SUM_RATIO ? "is required for SUM_RATIO" : "is only used by SUM_RATIO");
        v.require((kind == AggregationKind.RATIO) == numerator.isPresent(), "numerator",
                kind == AggregationKind.RATIO ? "is required for RATIO" : "is only used by RATIO");
        if (kind == AggregationKind.PERCENTILE) {
            v.require(percentile.isPresent() && percentile.get() > 0 && percentile.get() < 100, "percentile",
                    "must be strictly between 0 and 100 for PERCENTILE, was " + percentile.orElse(null));
        } else {
            v.require(percentile.isEmpty(), "percentile", "is only used by PERCENTILE");
        }
        boolean rate = kind == AggregationKind.RATE || kind == AggregationKind.TIME_BETWEEN;
        v.require(rate == per.isPresent(), "per", rate ? "is required for " + kind : "is only used by RATE and TIME_BETWEEN");
        v.require(!rate || window.isBounded(), "window", kind + " needs a bounded window to know its length");
    }

    private static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /**
     * Starts a definition; {@code name}, {@code unit}, {@code direction}, the aggregation and {@code timeField} are
     * required.
     *
     * @param id stable identifier, e.g. {@code incident.mttr.median}
     * @return a builder with window {@link TimeWindow#all()} and scale {@link ValueScale#AS_IS}
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Reads a definition from JSON, such as a catalog kept in a configuration repository.
     *
     * @param json one definition object with the record's property names
     * @return the validated definition
     * @throws org.itm.core.ItmValidationException naming the JSON path of every bad property
     */
    public static KpiDefinition fromJson(String json) {
        return ItmJson.fromJson(json, KpiDefinition.class);
    }

    /**
     * Reads a definition from YAML, with the same properties as {@link #fromJson(String)}.
     *
     * @param yaml one definition
     * @return the validated definition
     * @throws org.itm.core.ItmValidationException naming the path of every bad property
     */
    public static KpiDefinition fromYaml(String yaml) {
        return ItmJson.fromYaml(yaml, KpiDefinition.class);
    }

    /**
     * Writes this definition for storing or editing.
     *
     * @return JSON that {@link #fromJson(String)} reads back into an equal definition
     */
    public String toJson() {
        return ItmJson.toJson(this);
    }

    /**
     * A copy with other dimensions, e.g. to regroup a catalog KPI by team.
     *
     * @param newDimensions dimension fields to group by, in order; empty for one value per window
     * @return the regrouped definition
     * @throws org.itm.core.ItmValidationException if a dimension repeats
     */
    public KpiDefinition withDimensions(List<String> newDimensions) {
        return new KpiDefinition(id, name, description, unit, direction, aggregation, measure, denominator, numerator,
                percentile, per, filters, timeField, newDimensions, window, scale, thresholds);
    }

    /**
     * A copy with another window, e.g. to compute a monthly catalog KPI per week.
     *
     * @param newWindow the time windows to group by
     * @return the re-windowed definition
     * @throws org.itm.core.ItmValidationException if a rate KPI gets {@link TimeWindow#all()}
     */
    public KpiDefinition withWindow(TimeWindow newWindow) {
        return new KpiDefinition(id, name, description, unit, direction, aggregation, measure, denominator, numerator,
                percentile, per, filters, timeField, dimensions, newWindow, scale, thresholds);
    }

    /**
     * A copy with other thresholds, e.g. an organisation's own targets on a catalog KPI.
     *
     * @param newThresholds the target and RAG bounds
     * @return the re-judged definition
     * @throws org.itm.core.ItmValidationException if the bounds are not ordered for the direction
     */
    public KpiDefinition withThresholds(Thresholds newThresholds) {
        return new KpiDefinition(id, name, description, unit, direction, aggregation, measure, denominator, numerator,
                percentile, per, filters, timeField, dimensions, window, scale, Optional.of(newThresholds));
    }

    /**
     * Builds a {@link KpiDefinition}; the setters only record values and {@link #build()} reports every missing or
     * inconsistent property at once. Setting an aggregation replaces the previous one. Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private @Nullable String name;
        private String description = "";
        private @Nullable String unit;
        private @Nullable KpiDirection direction;
        private @Nullable AggregationKind aggregation;
        private Optional<String> measure = Optional.empty();
        private Optional<String> denominator = Optional.empty();
        private Optional<String> numerator = Optional.empty();
        private Optional<Double> percentile = Optional.empty();
        private Optional<RatePeriod> per = Optional.empty();
        private final List<String> filters = new ArrayList<>();
        private @Nullable String timeField;
        private List<String> dimensions = List.of();
        private TimeWindow window = TimeWindow.all();
        private ValueScale scale = ValueScale.AS_IS;
        private Optional<Thresholds> thresholds = Optional.empty();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Required: the short name shown to people, e.g. {@code MTTR (median)}.
         *
         * @param value not blank
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * The definition written down: what is counted, from which records, in which unit.
         *
         * @param value free text; default empty
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Required: the unit of the value, shown beside it.
         *
         * @param value e.g. {@code h}, {@code %}, {@code count}, {@code EUR}
         * @return this builder
         */
        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        /**
         * Required: which way the KPI improves, which decides how thresholds read.
         *
         * @param value higher or lower is better
         * @return this builder
         */
        public Builder direction(KpiDirection value) {
            this.direction = value;
            return this;
        }

        /**
         * Aggregates by counting the records that pass the filters.
         *
         * @return this builder
         */
        public Builder count() {
            return aggregate(AggregationKind.COUNT, null);
        }

        /**
         * Aggregates by summing a measure (exactly; see {@link KpiEngine}).
         *
         * @param measureField a measure of the schema
         * @return this builder
         */
        public Builder sum(String measureField) {
            return aggregate(AggregationKind.SUM, measureField);
        }

        /**
         * Aggregates by the arithmetic mean of a measure; records where it is NaN are skipped.
         *
         * @param measureField a measure of the schema
         * @return this builder
         */
        public Builder mean(String measureField) {
            return aggregate(AggregationKind.MEAN, measureField);
        }

        /**
         * Aggregates by the median of a measure (exact up to {@link KpiEngine#EXACT_PERCENTILE_LIMIT} values per
         * group).
         *
         * @param measureField a measure of the schema
         * @return this builder
         */
        public Builder median(String measureField) {
            return aggregate(AggregationKind.MEDIAN, measureField);
        }

        /**
         * Aggregates by the {@code p}-th percentile of a measure, e.g. p90 of hours to resolve.
         *
         * @param p strictly between 0 and 100
         * @param measureField a measure of the schema
         * @return this builder
         */
        public Builder percentile(double p, String measureField) {
            this.percentile = Optional.of(p);
            return aggregate(AggregationKind.PERCENTILE, measureField);
        }

        /**
         * Aggregates by the share of records passing the filters for which a flag holds, as a fraction (use
         * {@link #percent()} for %).
         *
         * @param numeratorFlag a flag of the schema
         * @return this builder
         */
        public Builder ratio(String numeratorFlag) {
            this.numerator = Optional.ofNullable(numeratorFlag);
            return aggregate(AggregationKind.RATIO, null);
        }

        /**
         * Aggregates by the sum of one measure over the sum of another, as a fraction (availability, spend share).
         *
         * @param numeratorMeasure a measure of the schema, summed above the line
         * @param denominatorMeasure a measure of the schema, summed below the line
         * @return this builder
         */
        public Builder sumRatio(String numeratorMeasure, String denominatorMeasure) {
            this.denominator = Optional.ofNullable(denominatorMeasure);
            return aggregate(AggregationKind.SUM_RATIO, numeratorMeasure);
        }

        /**
         * Aggregates by the number of distinct values of a dimension, e.g. services affected.
         *
         * @param dimension a dimension of the schema
         * @return this builder
         */
        public Builder distinctCount(String dimension) {
            return aggregate(AggregationKind.DISTINCT_COUNT, dimension);
        }

        /**
         * Aggregates by records per period of the window's length, e.g. changes per week; needs a bounded window.
         *
         * @param period the unit of time of the rate
         * @return this builder
         */
        public Builder rate(RatePeriod period) {
            this.per = Optional.ofNullable(period);
            return aggregate(AggregationKind.RATE, null);
        }

        /**
         * Aggregates by the sum of a measure per period of the window's length; needs a bounded window.
         *
         * @param measureField a measure of the schema
         * @param period the unit of time of the rate
         * @return this builder
         */
        public Builder rate(String measureField, RatePeriod period) {
            this.per = Optional.ofNullable(period);
            return aggregate(AggregationKind.RATE, measureField);
        }

        /**
         * Aggregates by the window's length in periods divided by the records: mean time between events (MTBF);
         * needs a bounded window.
         *
         * @param period the unit of the result
         * @return this builder
         */
        public Builder timeBetween(RatePeriod period) {
            this.per = Optional.ofNullable(period);
            return aggregate(AggregationKind.TIME_BETWEEN, null);
        }

        private Builder aggregate(AggregationKind kind, @Nullable String measureField) {
            this.aggregation = kind;
            this.measure = Optional.ofNullable(measureField);
            return this;
        }

        /**
         * Adds flags that must all hold for a record to take part; calls add up.
         *
         * @param flags flags of the schema
         * @return this builder
         */
        public Builder filter(String... flags) {
            filters.addAll(List.of(flags));
            return this;
        }

        /**
         * Required: the time that places a record in a window; records without it take no part.
         *
         * @param value a time of the schema, e.g. {@code resolved}
         * @return this builder
         */
        public Builder timeField(String value) {
            this.timeField = value;
            return this;
        }

        /**
         * The dimensions to group by, replacing earlier ones; none gives one value per window.
         *
         * @param names dimensions of the schema, in order, without repeats
         * @return this builder
         */
        public Builder dimensions(String... names) {
            this.dimensions = List.of(names);
            return this;
        }

        /**
         * As {@link #dimensions(String...)}, from a list.
         *
         * @param names dimensions of the schema, in order, without repeats; copied
         * @return this builder
         */
        public Builder dimensions(List<String> names) {
            this.dimensions = List.copyOf(names);
            return this;
        }

        /**
         * The time windows to group by.
         *
         * @param value default {@link TimeWindow#all()}; rates need a bounded window
         * @return this builder
         */
        public Builder window(TimeWindow value) {
            this.window = value;
            return this;
        }

        /**
         * How the aggregated value is presented and judged.
         *
         * @param value default {@link ValueScale#AS_IS}
         * @return this builder
         */
        public Builder scale(ValueScale value) {
            this.scale = value;
            return this;
        }

        /**
         * Presents a fraction as a percentage: shorthand for {@code scale(ValueScale.PERCENT)}.
         *
         * @return this builder
         */
        public Builder percent() {
            return scale(ValueScale.PERCENT);
        }

        /**
         * Judges the KPI: target and RAG bounds in the scaled unit, ordered for the direction (see {@link Thresholds}).
         *
         * @param target the value aimed for
         * @param green bound of the green band
         * @param amber bound of the amber band
         * @return this builder
         */
        public Builder thresholds(double target, double green, double amber) {
            this.thresholds = Optional.of(new Thresholds(target, green, amber));
            return this;
        }

        /**
         * As {@link #thresholds(double, double, double)}, from a value.
         *
         * @param value the target and bounds
         * @return this builder
         */
        public Builder thresholds(Thresholds value) {
            this.thresholds = Optional.ofNullable(value);
            return this;
        }

        /**
         * Validates every property and returns the definition.
         *
         * @return the definition
         * @throws org.itm.core.ItmValidationException listing every missing or inconsistent property by name
         */
        public KpiDefinition build() {
            return new KpiDefinition(id, Checks.toValidate(name), description, Checks.toValidate(unit),
                    Checks.toValidate(direction), Checks.toValidate(aggregation), measure, denominator, numerator,
                    percentile, per, filters, Checks.toValidate(timeField), dimensions, window, scale, thresholds);
        }
    }
}
