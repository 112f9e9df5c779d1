package org.itm.metrics.kpi.internal;

import java.io.DataInput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.itm.core.parallel.ParallelBatch;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.metrics.kpi.AggregationKind;
import org.itm.metrics.kpi.KpiAggregator;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.RecordSchema;

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
        for (int i = 0; i < this.definitions.size(); i++) {
            KpiDefinition d = this.definitions.get(i);
            String path = "definitions[" + i + "]";
            v.require(ids.add(d.id()), path + ".id", "duplicate id '" + d.id() + "'");
            check(schema, d, path, v);
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
            List<KpiDefinition> defs = new ArrayList<>();
            for (int j = 0; j < members.size(); j++) {
                defs.add(this.definitions.get(members.get(j)));
                positions[members.get(j)] = new int[] {groupings.size(), j};
            }
            groupings.add(group(schema, defs));
        }
    }

    /** Builds the grouping of {@code defs} (same dimensions, window, time field), sharing states where possible. */
    @SuppressWarnings("unchecked")
    private static <R> Grouping<R> group(RecordSchema<R> schema, List<KpiDefinition> defs) {
        KpiDefinition first = defs.get(0);
        List<String> flagNames = new ArrayList<>();
        List<String> measureNames = new ArrayList<>();
        Map<List<Object>, Integer> slotIndex = new LinkedHashMap<>();
        List<Slot<R>> slots = new ArrayList<>();
        List<CompiledKpi<R>> kpis = new ArrayList<>();
        int[] kpiSlot = new int[defs.size()];
        for (int i = 0; i < defs.size(); i++) {
            KpiDefinition d = defs.get(i);
            kpis.add(new CompiledKpi<>(d));
            int[] filters = d.filters().stream().mapToInt(f -> indexOf(flagNames, f)).toArray();
            Slot.Kind kind = switch (d.aggregation()) {
                case COUNT, TIME_BETWEEN -> Slot.Kind.COUNT;
                case RATE -> d.measure().isPresent() ? Slot.Kind.SUM : Slot.Kind.COUNT;
                case SUM, MEAN -> Slot.Kind.SUM;
                case MEDIAN, PERCENTILE -> Slot.Kind.QUANTILES;
                case RATIO -> Slot.Kind.RATIO;
                case SUM_RATIO -> Slot.Kind.SUM_RATIO;
                case DISTINCT_COUNT -> Slot.Kind.DISTINCT;
            };
            boolean usesMeasure = kind == Slot.Kind.SUM || kind == Slot.Kind.QUANTILES
                    || kind == Slot.Kind.SUM_RATIO;
            int measure = usesMeasure ? indexOf(measureNames, d.measure().orElseThrow()) : -1;
            int denominator = kind == Slot.Kind.SUM_RATIO ? indexOf(measureNames, d.denominator().orElseThrow()) : -1;
            int numerator = kind == Slot.Kind.RATIO ? indexOf(flagNames, d.numerator().orElseThrow()) : -1;
            String distinct = kind == Slot.Kind.DISTINCT ? d.measure().orElseThrow() : "";
            List<Object> signature = List.of(kind, d.filters(), measure, denominator, numerator, distinct);
            Integer existing = slotIndex.get(signature);
            if (existing == null) {
                existing = slots.size();
                slotIndex.put(signature, existing);
                slots.add(new Slot<>(kind, filters, measure, denominator, numerator,
                        kind == Slot.Kind.DISTINCT ? schema.dimension(distinct).orElseThrow() : null,
                        d.id() + "." + d.measure().orElse("value"), d.id() + "." + d.denominator().orElse("")));
            }
            kpiSlot[i] = existing;
        }
        Predicate<? super R>[] flags = flagNames.stream().map(f -> schema.flag(f).orElseThrow())
                .toArray(Predicate[]::new);
        ToDoubleFunction<? super R>[] measures = measureNames.stream().map(m -> schema.measure(m).orElseThrow())
                .toArray(ToDoubleFunction[]::new);
        return new Grouping<>(first.dimensions(), dimensionAccessors(schema, first.dimensions()), first.window(),
                schema.time(first.timeField()).orElseThrow(), List.copyOf(kpis), flags, measures,
                List.copyOf(slots), kpiSlot);
    }

    private static int indexOf(List<String> names, String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            names.add(name);
            return names.size() - 1;
        }
        return i;
    }

    @SuppressWarnings("unchecked")
    private static <R> Function<? super R, String>[] dimensionAccessors(RecordSchema<R> schema, List<String> names) {
        Function<? super R, String>[] fns = new Function[names.size()];
        for (int i = 0; i < fns.length; i++) {
            fns[i] = schema.dimension(names.get(i)).orElseThrow();
        }
        return fns;
    }

    private static <R> void check(RecordSchema<R> schema, KpiDefinition d, String path, Violations v) {
        for (int i = 0; i < d.filters().size(); i++) {
            String f = d.filters().get(i);
            v.require(schema.flag(f).isPresent(), path + ".filters[" + i + "]",
                    unknown("flag", f, schema.flagNames(), schema));
        }
        for (int i = 0; i < d.dimensions().size(); i++) {
            String dim = d.dimensions().get(i);
            v.require(schema.dimension(dim).isPresent(), path + ".dimensions[" + i + "]",
                    unknown("dimension", dim, schema.dimensionNames(), schema));
        }
        v.require(schema.time(d.timeField()).isPresent(), path + ".timeField",
                unknown("time", d.timeField(), schema.timeNames(), schema));
        if (d.aggregation() == AggregationKind.DISTINCT_COUNT) {
            String m = d.measure().orElseThrow();
            v.require(schema.dimension(m).isPresent(), path + ".measure",
                    unknown("dimension", m, schema.dimensionNames(), schema));
        } else if (d.measure().isPresent()) {
            String m = d.measure().get();
            v.require(schema.measure(m).isPresent(), path + ".measure",
                    unknown("measure", m, schema.measureNames(), schema));
        }
        d.denominator().ifPresent(m -> v.require(schema.measure(m).isPresent(), path + ".denominator",
                unknown("measure", m, schema.measureNames(), schema)));
        d.numerator().ifPresent(m -> v.require(schema.flag(m).isPresent(), path + ".numerator",
                unknown("flag", m, schema.flagNames(), schema)));
    }

    private static String unknown(String kind, String name, Set<String> known, RecordSchema<?> schema) {
        return "unknown " + kind + " '" + name + "' in schema " + schema.name() + "; known: " + known;
    }

    @Override
    public List<KpiDefinition> definitions() {
        return definitions;
    }

    @Override
    public KpiAggregator<R> readAggregator(DataInput in) throws IOException {
        return DefaultKpiAggregator.read(this, in);
    }

    /**
     * A hash of the definitions' text form, so that state is never read by an engine of other KPIs; two engines
     * of equal definitions read each other's state in any JVM (a record's own hash code is not stable across
     * JVMs: its enum fields hash by identity).
     */
    int fingerprint() {
        return definitions.toString().hashCode();
    }

    @Override
    public KpiAggregator<R> newAggregator() {
        return fresh();
    }

    private DefaultKpiAggregator<R> fresh() {
        return new DefaultKpiAggregator<>(this, Table.tables(groupings), 0);
    }

    /** As the interface's, but the parts, which nobody else holds, are merged in place into the first. */
    @Override
    public KpiAggregator<R> aggregateParallel(List<? extends R> records, Executor executor, int chunks) {
        Checks.notNull(records, "records");
        Checks.notNull(executor, "executor");
        Checks.positive(chunks, "chunks");
        ParallelBatch.ChunkWork<R, DefaultKpiAggregator<R>> work = (chunk, offset) -> {
            DefaultKpiAggregator<R> part = fresh();
            part.addAll(chunk);
            return part;
        };
        return merged(ParallelBatch.mapChunks(records, chunks, executor, work), executor, chunks);
    }

    /** The parts, which nobody else holds, merged in place into the first (on {@code executor} when several). */
    private DefaultKpiAggregator<R> merged(List<DefaultKpiAggregator<R>> parts, Executor executor, int chunks) {
        if (parts.isEmpty()) {
            return fresh();
        }
        DefaultKpiAggregator<R> merged = parts.get(0);
        if (parts.size() > 1) {
            merged.absorbAll(parts.subList(1, parts.size()), executor, chunks);
        }
        return merged;
    }

    /**
     * As the interface's, with each part filled by one task taking blocks of records from a shared cursor
     * ({@link ParallelBatch#foldBlocks}), so a thread the machine slows down leaves more blocks to the others, and
     * the merged tables' results also made on {@code executor}. The parts hold interleaved blocks rather than
     * contiguous chunks; every state merges to the same value in any grouping and order, so the results are those
     * of {@link #compute} all the same.
     */
    @Override
    public KpiResults computeParallel(List<? extends R> records, Executor executor, int chunks) {
        Checks.notNull(records, "records");
        Checks.notNull(executor, "executor");
        Checks.positive(chunks, "chunks");
        List<DefaultKpiAggregator<R>> parts = ParallelBatch.foldBlocks(records, chunks,
                ParallelBatch.defaultBlockSize(records.size(), chunks), executor, this::fresh,
                (part, block, offset) -> part.addAll(block));
        DefaultKpiAggregator<R> merged = merged(parts, executor, chunks);
        return parts.size() > 1 ? merged.results(executor, chunks) : merged.results();
    }
}
