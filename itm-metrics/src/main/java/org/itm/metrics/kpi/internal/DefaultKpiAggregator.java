package org.itm.metrics.kpi.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.RandomAccess;
import java.util.concurrent.Executor;
import org.itm.core.ItmValidationException;
import org.itm.core.parallel.ParallelBatch;
import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.KpiAggregator;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.KpiResults;

/** One table of partial states per grouping of the engine. */
final class DefaultKpiAggregator<R> implements KpiAggregator<R> {

    /** Version of the {@link #writeTo} format. */
    private static final int FORMAT = 1;

    private final DefaultKpiEngine<R> engine;
    private final List<Table<R>> tables;
    private long records;

    DefaultKpiAggregator(DefaultKpiEngine<R> engine, List<Table<R>> tables, long records) {
        this.engine = engine;
        this.tables = tables;
        this.records = records;
    }

    @Override
    public void add(R record) {
        Checks.notNull(record, "record");
        for (int i = 0; i < tables.size(); i++) {
            tables.get(i).add(record);
        }
        records++;
    }

    /** As the interface's, with a random-access list (such as a chunk of a parallel batch) read by index. */
    @Override
    public KpiAggregator<R> addAll(Iterable<? extends R> records) {
        if (records instanceof List<? extends R> list && records instanceof RandomAccess) {
            for (int i = 0, n = list.size(); i < n; i++) {
                add(list.get(i));
            }
        } else {
            for (R r : records) {
                add(r);
            }
        }
        return this;
    }

    @Override
    public KpiAggregator<R> merge(KpiAggregator<R> other) {
        Checks.notNull(other, "other");
        if (!(other instanceof DefaultKpiAggregator<R> o) || o.engine != engine) {
            throw new ItmValidationException("other", "must come from the same KpiEngine");
        }
        List<Table<R>> merged = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Table<R> t = tables.get(i).copy();
            t.mergeFrom(o.tables.get(i));
            merged.add(t);
        }
        return new DefaultKpiAggregator<>(engine, merged, records + o.records);
    }

    /**
     * Adds {@code other}'s state to this one in place, as {@link #merge} does to a copy: for combining partial
     * aggregations nobody else holds, without copying the growing total once per part.
     */
    void absorb(DefaultKpiAggregator<R> other) {
        for (int i = 0; i < tables.size(); i++) {
            tables.get(i).mergeFrom(other.tables.get(i));
        }
        records += other.records;
    }

    /**
     * Adds every part's state to this one in place, in list order, as {@link #absorb} of each in turn does, with
     * the groups merged on {@code executor} in up to {@code chunks} runs. Groups share nothing, and each group's
     * states are merged by one task, with the parts in list order, so the states are those of the sequential merge.
     * Groups this aggregator lacks are first added on the calling thread, in the order the sequential merge adds
     * them (as a copy of the first part holding them), so the maps also end up the same.
     */
    void absorbAll(List<DefaultKpiAggregator<R>> parts, Executor executor, int chunks) {
        if (parts.isEmpty()) {
            return;
        }
        List<PendingMerge> pending = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            Map<GroupKey, State[]> mine = tables.get(t).groups;
            List<Map<GroupKey, State[]>> theirs = new ArrayList<>(parts.size());
            for (DefaultKpiAggregator<R> part : parts) {
                theirs.add(part.tables.get(t).groups);
            }
            for (Map.Entry<GroupKey, State[]> e : mine.entrySet()) {
                pending.add(new PendingMerge(e.getKey(), e.getValue(), theirs, 0));
            }
            for (int p = 0; p < theirs.size(); p++) {
                for (Map.Entry<GroupKey, State[]> e : theirs.get(p).entrySet()) {
                    if (!mine.containsKey(e.getKey())) {
                        State[] copy = Table.copyOf(e.getValue());
                        mine.put(e.getKey(), copy);
                        pending.add(new PendingMerge(e.getKey(), copy, theirs, p + 1));
                    }
                }
            }
        }
        if (!pending.isEmpty()) {
            ParallelBatch.mapChunks(pending, chunks, executor, (chunk, offset) -> {
                for (PendingMerge m : chunk) {
                    m.run();
                }
                return Boolean.TRUE;
            });
        }
        for (DefaultKpiAggregator<R> part : parts) {
            records += part.records;
        }
    }

    /** One group's states and the parts, from index {@code from} on, still to be merged into them in order. */
    private static final class PendingMerge {
        private final GroupKey key;
        private final State[] mine;
        private final List<Map<GroupKey, State[]>> parts;
        private final int from;

        PendingMerge(GroupKey key, State[] mine, List<Map<GroupKey, State[]>> parts, int from) {
            this.key = key;
            this.mine = mine;
            this.parts = parts;
            this.from = from;
        }

        void run() {
            for (int p = from; p < parts.size(); p++) {
                State[] theirs = parts.get(p).get(key);
                if (theirs != null) {
                    Table.mergeInto(mine, theirs);
                }
            }
        }
    }

    /**
     * As {@link #results()}, with the results made on {@code executor}: each table's groups (in result order) are
     * split into up to {@code chunks} runs, and each run is read by one task for all of the table's definitions,
     * so no state is read by two tasks at once (reading may normalise it in place). The runs' results are put
     * together in definition order, then run order, which is the order {@link #results()} makes them in.
     */
    KpiResults results(Executor executor, int chunks) {
        List<Run<R>> runs = new ArrayList<>();
        // for each table, the index of its first run in runs, and one past its last
        int[] firstRun = new int[tables.size() + 1];
        for (int t = 0; t < tables.size(); t++) {
            firstRun[t] = runs.size();
            Table<R> table = tables.get(t);
            List<Map.Entry<List<String>, TreeMap<Long, State[]>>> sorted = table.sortedGroups();
            int count = Math.min(chunks, sorted.size());
            int from = 0;
            for (int c = 0; c < count; c++) {
                int to = from + sorted.size() / count + (c < sorted.size() % count ? 1 : 0);
                runs.add(new Run<>(table, sorted.subList(from, to)));
                from = to;
            }
        }
        firstRun[tables.size()] = runs.size();
        if (runs.isEmpty()) {
            return results();
        }
        List<List<List<KpiResult>>> byRun = ParallelBatch.mapChunks(runs, runs.size(), executor, (chunk, offset) -> {
            List<List<List<KpiResult>>> out = new ArrayList<>(chunk.size());
            for (Run<R> run : chunk) {
                out.add(run.results());
            }
            return out;
        }).stream().flatMap(List::stream).toList();
        List<KpiResult> out = new ArrayList<>();
        for (int[] pos : engine.positions) {
            for (int r = firstRun[pos[0]]; r < firstRun[pos[0] + 1]; r++) {
                out.addAll(byRun.get(r).get(pos[1]));
            }
        }
        return new KpiResults(out);
    }

    /** A run of one table's groups, in result order. */
    private record Run<R>(Table<R> table, List<Map.Entry<List<String>, TreeMap<Long, State[]>>> groups) {

        /** The run's results of each of the table's definitions, by position in the table. */
        List<List<KpiResult>> results() {
            int kpis = table.grouping.kpis().size();
            List<List<KpiResult>> out = new ArrayList<>(kpis);
            for (int k = 0; k < kpis; k++) {
                List<KpiResult> part = new ArrayList<>();
                table.results(k, groups, part, Long.MIN_VALUE);
                out.add(part);
            }
            return out;
        }
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        Checks.notNull(out, "out");
        out.writeInt(FORMAT);
        out.writeInt(engine.fingerprint());
        out.writeLong(records);
        out.writeInt(tables.size());
        for (Table<R> t : tables) {
            t.writeTo(out);
        }
    }

    /** Reads what {@link #writeTo} wrote, for {@code engine}. */
    static <R> DefaultKpiAggregator<R> read(DefaultKpiEngine<R> engine, DataInput in) throws IOException {
        Checks.notNull(in, "in");
        int format = in.readInt();
        if (format != FORMAT) {
            throw new ItmValidationException("state", "unknown KPI state format " + format);
        }
        int fingerprint = in.readInt();
        if (fingerprint != engine.fingerprint()) {
            throw new ItmValidationException("state", "was written by an engine of other KPI definitions");
        }
        long records = in.readLong();
        List<Table<R>> tables = Table.tables(engine.groupings);
        if (in.readInt() != tables.size()) {
            throw new ItmValidationException("state", "was written by an engine of other groupings");
        }
        for (Table<R> t : tables) {
            t.readFrom(in);
        }
        return new DefaultKpiAggregator<>(engine, tables, records);
    }

    @Override
    public long recordCount() {
        return records;
    }

    @Override
    public long stateCount() {
        return tables.stream().mapToLong(Table::stateCount).sum();
    }

    @Override
    public KpiResults results() {
        return resultsUpTo(Long.MIN_VALUE);
    }

    @Override
    public KpiResults resultsThrough(LocalDate lastDay) {
        Checks.notNull(lastDay, "lastDay");
        return resultsUpTo(lastDay.toEpochDay());
    }

    /** The results in definition order, each table's groups sorted once for all of its definitions. */
    private KpiResults resultsUpTo(long throughDay) {
        List<List<Map.Entry<List<String>, TreeMap<Long, State[]>>>> sorted = new ArrayList<>(tables.size());
        for (Table<R> t : tables) {
            sorted.add(t.sortedGroups());
        }
        List<KpiResult> out = new ArrayList<>();
        for (int[] pos : engine.positions) {
            tables.get(pos[0]).results(pos[1], sorted.get(pos[0]), out, throughDay);
        }
        return new KpiResults(out);
    }

}
