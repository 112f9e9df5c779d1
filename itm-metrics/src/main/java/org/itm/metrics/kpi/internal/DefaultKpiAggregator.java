package org.itm.metrics.kpi.internal;

import java.util.ArrayList;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.KpiAggregator;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.KpiResults;

/** One table of partial states per grouping of the engine. */
final class DefaultKpiAggregator<R> implements KpiAggregator<R> {

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
}
