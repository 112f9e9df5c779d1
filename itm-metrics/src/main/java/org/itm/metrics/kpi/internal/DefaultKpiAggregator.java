package org.itm.metrics.kpi.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
     * Adds every part's state to this one in place, in list order, as {@link #absorb} of each in turn does, with the
     * tables merged on {@code executor}: tables share nothing, and each table's parts are merged by one task in the
     * same order, so the states are the same as the sequential merge's.
     */
    void absorbAll(List<DefaultKpiAggregator<R>> parts, Executor executor) {
        if (parts.isEmpty()) {
            return;
        }
        ParallelBatch.mapChunks(tableIndexes(), tables.size(), executor, (chunk, offset) -> {
            for (int i : chunk) {
                Table<R> t = tables.get(i);
                for (DefaultKpiAggregator<R> part : parts) {
                    t.mergeFrom(part.tables.get(i));
                }
            }
            return Boolean.TRUE;
        });
        for (DefaultKpiAggregator<R> part : parts) {
            records += part.records;
        }
    }

    /**
     * As {@link #results()}, with the tables read on {@code executor}: the definitions of one table share its states,
     * whose reading may normalise them in place, so each table is read by one task, and the results are put together
     * in definition order as {@link #results()} makes them.
     */
    KpiResults results(Executor executor) {
        int[][] positions = engine.positions;
        List<List<List<KpiResult>>> perTable = ParallelBatch.mapChunks(tableIndexes(), tables.size(), executor,
                (chunk, offset) -> {
                    List<List<KpiResult>> byPosition = new ArrayList<>();
                    for (int i : chunk) {
                        for (int[] pos : positions) {
                            List<KpiResult> part = new ArrayList<>();
                            if (pos[0] == i) {
                                tables.get(i).results(pos[1], part);
                            }
                            byPosition.add(part);
                        }
                    }
                    return byPosition;
                });
        // table i's lists sit at i * positions.length + k; each definition k has results from its own table only
        List<List<KpiResult>> flat = new ArrayList<>();
        perTable.forEach(flat::addAll);
        List<KpiResult> out = new ArrayList<>();
        for (int k = 0; k < positions.length; k++) {
            out.addAll(flat.get(positions[k][0] * positions.length + k));
        }
        return new KpiResults(out);
    }

    private List<Integer> tableIndexes() {
        List<Integer> indexes = new ArrayList<>(tables.size());
        for (int i = 0; i < tables.size(); i++) {
            indexes.add(i);
        }
        return indexes;
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
        List<KpiResult> out = new ArrayList<>();
        for (int[] pos : engine.positions) {
            tables.get(pos[0]).results(pos[1], out);
        }
        return new KpiResults(out);
    }

    @Override
    public KpiResults resultsThrough(LocalDate lastDay) {
        Checks.notNull(lastDay, "lastDay");
        List<KpiResult> out = new ArrayList<>();
        for (int[] pos : engine.positions) {
            tables.get(pos[0]).results(pos[1], out, lastDay.toEpochDay());
        }
        return new KpiResults(out);
    }
}
