package org.itm.flink.kpi.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.itm.flink.kpi.KpiSetup;
import org.itm.flink.kpi.KpiWindowUpdate;
import org.itm.flink.types.CodecTypeInfo;
import org.itm.metrics.kpi.KpiAggregator;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.TimeWindow;

/**
 * Keyed by window: keeps the latest aggregation of each partition, and when the watermark passes the window's end
 * merges them and emits the window's values (revision 0). A late firing of a partition replaces that partition's
 * aggregation (Flink re-fires a window with all its records) and emits the merged values again with the next
 * revision. The window's state is dropped once the allowed lateness has passed.
 */
public final class WindowMergeFunction<R> extends KeyedProcessFunction<String, PartialWindow<R>, KpiWindowUpdate> {

    private static final long serialVersionUID = 1L;

    private final KpiSetup<R> setup;
    private final CalendarWindowAssigner assigner;
    private final long allowedLatenessMillis;
    private transient MapState<String, KpiAggregator<R>> partials;
    private transient ValueState<Integer> revision;

    public WindowMergeFunction(KpiSetup<R> setup, TimeWindow window, long allowedLatenessMillis) {
        this.setup = setup;
        this.assigner = new CalendarWindowAssigner(window);
        this.allowedLatenessMillis = allowedLatenessMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        partials = getRuntimeContext().getMapState(new MapStateDescriptor<>("itm-kpi-partials", Types.STRING,
                CodecTypeInfo.ofMutable(aggregatorClass(), new AggregatorCodec<>(setup))));
        revision = getRuntimeContext().getState(new ValueStateDescriptor<>("itm-kpi-revision", Types.INT));
    }

    /** The key of the merge stage: the window's bounds. */
    public static String windowKeyOf(PartialWindow<?> p) {
        return p.windowKey();
    }

    @SuppressWarnings("unchecked")
    static <R> Class<KpiAggregator<R>> aggregatorClass() {
        return (Class<KpiAggregator<R>>) (Class<?>) KpiAggregator.class;
    }

    @Override
    public void processElement(PartialWindow<R> p, Context ctx, Collector<KpiWindowUpdate> out) throws Exception {
        partials.put(p.partition, p.aggregator);
        Integer fired = revision.value();
        if (fired != null) {
            revision.update(fired + 1);
            emit(p.start, p.end, fired + 1, out);
        } else {
            ctx.timerService().registerEventTimeTimer(p.end - 1);
            ctx.timerService().registerEventTimeTimer(p.end - 1 + allowedLatenessMillis + 1);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<KpiWindowUpdate> out) throws Exception {
        String[] bounds = ctx.getCurrentKey().split("/");
        long start = Long.parseLong(bounds[0]);
        long end = Long.parseLong(bounds[1]);
        if (timestamp == end - 1) {
            revision.update(0);
            emit(start, end, 0, out);
        } else {
            partials.clear();
            revision.clear();
        }
    }

    private void emit(long start, long end, int rev, Collector<KpiWindowUpdate> out) throws Exception {
        KpiAggregator<R> merged = null;
        for (KpiAggregator<R> a : partials.values()) {
            merged = merged == null ? a : merged.merge(a);
        }
        if (merged == null) {
            return;
        }
        LocalDate[] dates = assigner.dates(start, end);
        List<KpiResult> inWindow = new ArrayList<>();
        // rolling windows: the aggregation holds the window's days, and the value wanted is the one ending on its last
        for (KpiResult r : merged.resultsThrough(dates[1].minusDays(1)).values()) {
            if (r.window().start().equals(dates[0]) && r.window().end().equals(dates[1])) {
                inWindow.add(r);
            }
        }
        out.collect(new KpiWindowUpdate(Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), rev,
                new KpiResults(inWindow)));
    }
}
