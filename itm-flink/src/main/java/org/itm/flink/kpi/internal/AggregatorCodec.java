package org.itm.flink.kpi.internal;

import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.itm.flink.kpi.KpiSetup;
import org.itm.flink.types.Codec;
import org.itm.metrics.kpi.KpiAggregator;
import org.itm.metrics.kpi.KpiEngine;

/** A KPI aggregator's partial states in the engine's own binary form; the engine is the setup's shared one. */
public final class AggregatorCodec<R> implements Codec<KpiAggregator<R>> {

    private static final long serialVersionUID = 1L;

    private final KpiSetup<R> setup;

    public AggregatorCodec(KpiSetup<R> setup) {
        this.setup = setup;
    }

    /** This codec's engine: aggregators it reads belong to it, so they merge with those it creates. */
    public KpiEngine<R> engine() {
        return Engines.of(setup);
    }

    @Override
    public void write(KpiAggregator<R> value, DataOutputView out) throws IOException {
        value.writeTo(out);
    }

    @Override
    public KpiAggregator<R> read(DataInputView in) throws IOException {
        return engine().readAggregator(in);
    }
}
