package org.itm.flink.kpi.internal;

import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;
import org.itm.metrics.kpi.KpiAggregator;

/** Tags a partition's window aggregation with the partition and window, on every firing (late ones too). */
public final class PartialWindowFunction<R>
        extends ProcessWindowFunction<KpiAggregator<R>, PartialWindow<R>, String, TimeWindow> {

    private static final long serialVersionUID = 1L;

    @Override
    public void process(String key, Context context, Iterable<KpiAggregator<R>> elements,
                        Collector<PartialWindow<R>> out) {
        TimeWindow w = context.window();
        for (KpiAggregator<R> a : elements) {
            out.collect(new PartialWindow<>(key, w.getStart(), w.getEnd(), a));
        }
    }
}
