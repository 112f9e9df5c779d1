package org.itm.flink.kpi;

import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The outputs of {@link KpiStreams#aggregate}: the window values, and the records that came too late for any
 * window they belong to (later than the allowed lateness), which no KPI counts.
 *
 * @param <R> the record type
 * @since 0.1
 */
public final class KpiStreamJob<R> {

    private final DataStream<KpiWindowUpdate> updates;
    private final DataStream<R> tooLate;

    KpiStreamJob(DataStream<KpiWindowUpdate> updates, DataStream<R> tooLate) {
        this.updates = updates;
        this.tooLate = tooLate;
    }

    /**
     * The KPI values of each window; keep the highest revision per window.
     *
     * @return one update per window when it closes, and one more per late record accepted (see
     *         {@link KpiWindowUpdate})
     */
    public DataStream<KpiWindowUpdate> updates() {
        return updates;
    }

    /**
     * The records no KPI counts, so a job can log, count or reprocess them instead of losing them silently.
     *
     * @return the records that arrived after every window they belong to had closed beyond the allowed lateness
     */
    public DataStream<R> tooLate() {
        return tooLate;
    }
}
