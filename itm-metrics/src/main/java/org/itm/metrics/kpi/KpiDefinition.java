package org.itm.metrics.kpi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

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
 */
public record KpiDefinition(String id, String name, String description, String unit, KpiDirection direction,
                            AggregationKind aggregation, Optional<String> measure, Optional<String> denominator,
                            Optional<String> numerator, Optional<Double> percentile, Optional<RatePeriod> per,
                            List<String> filters, String timeField, List<String> dimensions, TimeWindow window,
                            ValueScale scale, Optional<Thresholds> thresholds) {

    /** Absent optional properties of a JSON/YAML document arrive as {@code null} and are read as empty. */
    public KpiDefinition {
        measure = orEmpty(measure);
        denominator = orEmpty(denominator);
        numerator = orEmpty(numerator);
        percentile = orEmpty(percentile);
        per = orEmpty(per);
        thresholds = orEmpty(thresholds);
        filters = filters == null ? List.of() : List.copyOf(filters);
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        scale = scale == null ? ValueScale.AS_IS : scale;
        window = window == null ? TimeWindow.all() : window;
        description = description == null ? "" : description;

        Violations v = new Violations();
        v.check("", () -> Checks.id(id, "id"));
        v.require(name != null && !name.isBlank(), "name", "must not be blank");
        v.require(unit != null && !unit.isBlank(), "unit", "must not be blank");
        v.require(direction != null, "direction", "must not be null");
        v.require(timeField != null && !timeField.isBlank(), "timeField", "must not be blank");
        if (aggregation == null) {
            v.add("aggregation", "must not be null");
        } else {
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

    /** Starts a definition with the given id. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Reads a definition from JSON; errors name the JSON path of the bad property. */
    public static KpiDefinition fromJson(String json) {
        return ItmJson.fromJson(json, KpiDefinition.class);
    }

    /** Reads a definition from YAML; errors name the path of the bad property. */
    public static KpiDefinition fromYaml(String yaml) {
        return ItmJson.fromYaml(yaml, KpiDefinition.class);
    }

    /** This definition as JSON, readable by {@link #fromJson(String)}. */
    public String toJson() {
        return ItmJson.toJson(this);
    }

    /** A copy with other dimensions, e.g. to regroup a catalog KPI by team. */
    public KpiDefinition withDimensions(List<String> newDimensions) {
        return new KpiDefinition(id, name, description, unit, direction, aggregation, measure, denominator, numerator,
                percentile, per, filters, timeField, newDimensions, window, scale, thresholds);
    }

    /** A copy with another window, e.g. to compute a monthly catalog KPI per week. */
    public KpiDefinition withWindow(TimeWindow newWindow) {
        return new KpiDefinition(id, name, description, unit, direction, aggregation, measure, denominator, numerator,
                percentile, per, filters, timeField, dimensions, newWindow, scale, thresholds);
    }

    /** A copy with other thresholds. */
    public KpiDefinition withThresholds(Thresholds newThresholds) {
        return new KpiDefinition(id, name, description, unit, direction, aggregation, measure, denominator, numerator,
                percentile, per, filters, timeField, dimensions, window, scale, Optional.of(newThresholds));
    }

    /** Builds a {@link KpiDefinition}; {@link #build()} reports every missing or inconsistent property at once. */
    public static final class Builder {
        private final String id;
        private String name;
        private String description = "";
        private String unit;
        private KpiDirection direction;
        private AggregationKind aggregation;
        private Optional<String> measure = Optional.empty();
        private Optional<String> denominator = Optional.empty();
        private Optional<String> numerator = Optional.empty();
        private Optional<Double> percentile = Optional.empty();
        private Optional<RatePeriod> per = Optional.empty();
        private final List<String> filters = new ArrayList<>();
        private String timeField;
        private List<String> dimensions = List.of();
        private TimeWindow window = TimeWindow.all();
        private ValueScale scale = ValueScale.AS_IS;
        private Optional<Thresholds> thresholds = Optional.empty();

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        public Builder direction(KpiDirection value) {
            this.direction = value;
            return this;
        }

        public Builder count() {
            return aggregate(AggregationKind.COUNT, null);
        }

        public Builder sum(String measureField) {
            return aggregate(AggregationKind.SUM, measureField);
        }

        public Builder mean(String measureField) {
            return aggregate(AggregationKind.MEAN, measureField);
        }

        public Builder median(String measureField) {
            return aggregate(AggregationKind.MEDIAN, measureField);
        }

        /** The {@code p}-th percentile (0 &lt; p &lt; 100) of {@code measureField}. */
        public Builder percentile(double p, String measureField) {
            this.percentile = Optional.of(p);
            return aggregate(AggregationKind.PERCENTILE, measureField);
        }

        /** Share of records passing the filters for which flag {@code numeratorFlag} holds. */
        public Builder ratio(String numeratorFlag) {
            this.numerator = Optional.ofNullable(numeratorFlag);
            return aggregate(AggregationKind.RATIO, null);
        }

        /** Sum of {@code numeratorMeasure} over the sum of {@code denominatorMeasure}. */
        public Builder sumRatio(String numeratorMeasure, String denominatorMeasure) {
            this.denominator = Optional.ofNullable(denominatorMeasure);
            return aggregate(AggregationKind.SUM_RATIO, numeratorMeasure);
        }

        public Builder distinctCount(String dimension) {
            return aggregate(AggregationKind.DISTINCT_COUNT, dimension);
        }

        /** Records per {@code period}. */
        public Builder rate(RatePeriod period) {
            this.per = Optional.ofNullable(period);
            return aggregate(AggregationKind.RATE, null);
        }

        /** Sum of {@code measureField} per {@code period}. */
        public Builder rate(String measureField, RatePeriod period) {
            this.per = Optional.ofNullable(period);
            return aggregate(AggregationKind.RATE, measureField);
        }

        /** Window length in {@code period}s per record (mean time between events). */
        public Builder timeBetween(RatePeriod period) {
            this.per = Optional.ofNullable(period);
            return aggregate(AggregationKind.TIME_BETWEEN, null);
        }

        private Builder aggregate(AggregationKind kind, String measureField) {
            this.aggregation = kind;
            this.measure = Optional.ofNullable(measureField);
            return this;
        }

        /** Adds flags that must all hold for a record to take part. */
        public Builder filter(String... flags) {
            filters.addAll(List.of(flags));
            return this;
        }

        public Builder timeField(String value) {
            this.timeField = value;
            return this;
        }

        public Builder dimensions(String... names) {
            this.dimensions = List.of(names);
            return this;
        }

        public Builder dimensions(List<String> names) {
            this.dimensions = List.copyOf(names);
            return this;
        }

        public Builder window(TimeWindow value) {
            this.window = value;
            return this;
        }

        public Builder scale(ValueScale value) {
            this.scale = value;
            return this;
        }

        /** Shorthand for {@code scale(ValueScale.PERCENT)}. */
        public Builder percent() {
            return scale(ValueScale.PERCENT);
        }

        public Builder thresholds(double target, double green, double amber) {
            this.thresholds = Optional.of(new Thresholds(target, green, amber));
            return this;
        }

        public Builder thresholds(Thresholds value) {
            this.thresholds = Optional.ofNullable(value);
            return this;
        }

        /** Validates every property and returns the definition. */
        public KpiDefinition build() {
            return new KpiDefinition(id, name, description, unit, direction, aggregation, measure, denominator,
                    numerator, percentile, per, filters, timeField, dimensions, window, scale, thresholds);
        }
    }
}
