package org.itm.metrics.kpi;

import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;

/**
 * A mergeable partial aggregation of a {@link KpiEngine}'s KPIs: feed records in a single pass with {@link #add},
 * then read {@link #results()}. Memory grows with the number of groups and windows, not with the number of records
 * (percentile states keep raw values only up to {@link KpiEngine#EXACT_PERCENTILE_LIMIT} per group).
 *
 * <p>Partial aggregations of disjoint parts of a data set merge into the aggregation of the whole
 * ({@link #merge}); merging is associative and commutative, so parts can be aggregated on different threads or
 * machines and combined in any order. Every result is identical whatever the split and order: sums are kept
 * exactly, with no rounding until they are read (see {@link KpiEngine}), and percentiles of groups beyond the exact limit come from HdrHistogram
 * histograms whose merges add bucket counts (estimates within 1 % relative, see {@link KpiEngine}).
 *
 * <p>Not thread-safe: use one aggregator per thread and merge.
 *
 * @param <R> the input record type
 */
public interface KpiAggregator<R> {

    /** Adds one record to every KPI it takes part in. */
    void add(R record);

    /** Adds every record of {@code records}. */
    default KpiAggregator<R> addAll(Iterable<? extends R> records) {
        for (R r : records) {
            add(r);
        }
        return this;
    }

    /**
     * A new aggregator holding the state of this and {@code other}; neither is changed.
     *
     * @throws org.itm.core.ItmValidationException if {@code other} comes from another engine
     */
    KpiAggregator<R> merge(KpiAggregator<R> other);

    /**
     * Writes this partial aggregation in a compact binary form that {@link KpiEngine#readAggregator} of an engine
     * with equal definitions reads back into an aggregator whose every later result, add and merge is identical to
     * this one's: what a distributed runtime needs to checkpoint the state or ship it between machines.
     *
     * @throws IOException if {@code out} fails
     */
    void writeTo(DataOutput out) throws IOException;

    /** Number of records added (directly or through merges). */
    long recordCount();

    /** Number of (group, window) partial states held: the memory footprint, independent of record count. */
    long stateCount();

    /** The KPI values of every group and window seen so far; the aggregator stays usable. */
    KpiResults results();

    /**
     * As {@link #results()}, except that rolling windows also end on every day after a group's last record up to
     * {@code lastDay} while they still hold records (at most {@code days − 1} more windows per group), as a stream
     * emits them when each day closes; {@link #results()} ends them on each group's last day. Calendar windows are
     * unchanged.
     */
    KpiResults resultsThrough(LocalDate lastDay);
}

