package org.itm.flink.kpi.internal;

import org.itm.metrics.kpi.KpiAggregator;

/** One partition's aggregation of one window, on its way to the merge of all partitions. */
public final class PartialWindow<R> {

    final String partition;
    final long start;
    final long end;
    final KpiAggregator<R> aggregator;

    PartialWindow(String partition, long start, long end, KpiAggregator<R> aggregator) {
        this.partition = partition;
        this.start = start;
        this.end = end;
        this.aggregator = aggregator;
    }

    String windowKey() {
        return start + "/" + end;
    }
}
