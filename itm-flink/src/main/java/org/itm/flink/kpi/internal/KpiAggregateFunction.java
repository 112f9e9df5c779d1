package org.itm.flink.kpi.internal;

import org.apache.flink.api.common.functions.AggregateFunction;
import org.itm.flink.kpi.KpiSetup;
import org.itm.metrics.kpi.KpiAggregator;

/** The KPI engine's mergeable aggregator as Flink's window accumulator: add records, merge partials. */
public final class KpiAggregateFunction<R> implements AggregateFunction<R, KpiAggregator<R>, KpiAggregator<R>> {

    private static final long serialVersionUID = 1L;

    private final KpiSetup<R> setup;

    public KpiAggregateFunction(KpiSetup<R> setup) {
        this.setup = setup;
    }

    @Override
    public KpiAggregator<R> createAccumulator() {
        return Engines.of(setup).newAggregator();
    }

    @Override
    public KpiAggregator<R> add(R value, KpiAggregator<R> accumulator) {
        accumulator.add(value);
        return accumulator;
    }

    @Override
    public KpiAggregator<R> getResult(KpiAggregator<R> accumulator) {
        return accumulator;
    }

    @Override
    public KpiAggregator<R> merge(KpiAggregator<R> a, KpiAggregator<R> b) {
        return a.merge(b);
    }
}
