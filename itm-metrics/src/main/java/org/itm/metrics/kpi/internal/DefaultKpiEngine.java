package org.itm.metrics.kpi.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.metrics.kpi.AggregationKind;
import org.itm.metrics.kpi.KpiAggregator;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.RecordSchema;
import org.itm.metrics.kpi.TimeWindow;

/** Compiles definitions against a schema and groups them by (dimensions, window, time field). */
public final class DefaultKpiEngine<R> implements KpiEngine<R> {

    private final List<KpiDefinition> definitions;
    final List<Grouping<R>> groupings;
    /** For each definition: index of its grouping and its position inside it. */
    final int[][] positions;

    public DefaultKpiEngine(RecordSchema<R> schema, List<KpiDefinition> definitions) {
        Checks.notNull(schema, "schema");
        Checks.notEmpty(definitions, "definitions");
        this.definitions = List.copyOf(definitions);
        Violations v = new Violations();
        Set<String> ids = new HashSet<>();
        List<CompiledKpi<R>> compiled = new ArrayList<>();
        for (int i = 0; i < this.definitions.size(); i++) {
            KpiDefinition d = this.definitions.get(i);
            String path = "definitions[" + i + "]";
            v.require(ids.add(d.id()), path + ".id", "duplicate id '" + d.id() + "'");
            compiled.add(compile(schema, d, path, v));
        }
        v.throwIfAny();

        Map<List<Object>, List<Integer>> byGrouping = new LinkedHashMap<>();
        for (int i = 0; i < this.definitions.size(); i++) {
            KpiDefinition d = this.definitions.get(i);
            byGrouping.computeIfAbsent(List.of(d.dimensions(), d.window(), d.timeField()), k -> new ArrayList<>())
                    .add(i);
        }
        this.groupings = new ArrayList<>();
        this.positions = new int[this.definitions.size()][];
        for (List<Integer> members : byGrouping.values()) {
            KpiDefinition first = this.definitions.get(members.get(0));
            List<CompiledKpi<R>> kpis = new ArrayList<>();
            for (int j = 0; j < members.size(); j++) {
                kpis.add(compiled.get(members.get(j)));
                positions[members.get(j)] = new int[] {groupings.size(), j};
            }
            groupings.add(new Grouping<>(first.dimensions(), dimensionAccessors(schema, first.dimensions()),
                    first.window(), schema.time(first.timeField()).orElseThrow(), List.copyOf(kpis)));
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> Function<? super R, String>[] dimensionAccessors(RecordSchema<R> schema, List<String> names) {
        Function<? super R, String>[] fns = new Function[names.size()];
        for (int i = 0; i < fns.length; i++) {
            fns[i] = schema.dimension(names.get(i)).orElseThrow();
        }
        return fns;
    }

    @SuppressWarnings("unchecked")
    private static <R> CompiledKpi<R> compile(RecordSchema<R> schema, KpiDefinition d, String path, Violations v) {
        Predicate<? super R>[] filters = new Predicate[d.filters().size()];
        for (int i = 0; i < filters.length; i++) {
            String f = d.filters().get(i);
            Optional<Predicate<? super R>> flag = schema.flag(f);
            v.require(flag.isPresent(), path + ".filters[" + i + "]", unknown("flag", f, schema.flagNames(), schema));
            filters[i] = flag.orElse(r -> true);
        }
        for (int i = 0; i < d.dimensions().size(); i++) {
            String dim = d.dimensions().get(i);
            v.require(schema.dimension(dim).isPresent(), path + ".dimensions[" + i + "]",
                    unknown("dimension", dim, schema.dimensionNames(), schema));
        }
        Optional<Function<? super R, Optional<Instant>>> time = schema.time(d.timeField());
        v.require(time.isPresent(), path + ".timeField", unknown("time", d.timeField(), schema.timeNames(), schema));

        ToDoubleFunction<? super R> measure = null;
        Function<? super R, String> distinct = null;
        if (d.aggregation() == AggregationKind.DISTINCT_COUNT) {
            String m = d.measure().orElseThrow();
            distinct = schema.dimension(m).orElse(null);
            v.require(distinct != null, path + ".measure", unknown("dimension", m, schema.dimensionNames(), schema));
        } else if (d.measure().isPresent()) {
            String m = d.measure().get();
            measure = schema.measure(m).orElse(null);
            v.require(measure != null, path + ".measure", unknown("measure", m, schema.measureNames(), schema));
        }
        ToDoubleFunction<? super R> denominator = null;
        if (d.denominator().isPresent()) {
            String m = d.denominator().get();
            denominator = schema.measure(m).orElse(null);
            v.require(denominator != null, path + ".denominator",
                    unknown("measure", m, schema.measureNames(), schema));
        }
        Predicate<? super R> numerator = null;
        if (d.numerator().isPresent()) {
            String m = d.numerator().get();
            numerator = schema.flag(m).orElse(null);
            v.require(numerator != null, path + ".numerator", unknown("flag", m, schema.flagNames(), schema));
        }
        return new CompiledKpi<>(d, filters, measure, denominator, numerator, distinct);
    }

    private static String unknown(String kind, String name, Set<String> known, RecordSchema<?> schema) {
        return "unknown " + kind + " '" + name + "' in schema " + schema.name() + "; known: " + known;
    }

    @Override
    public List<KpiDefinition> definitions() {
        return definitions;
    }

    @Override
    public KpiAggregator<R> newAggregator() {
        return new DefaultKpiAggregator<>(this, Table.tables(groupings), 0);
    }

    /** Windows of every grouping; exposed for tests of the grouping logic. */
    List<TimeWindow> windows() {
        return groupings.stream().map(Grouping::window).toList();
    }
}
