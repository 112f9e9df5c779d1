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
 * @since 0.1
 */
public interface KpiAggregator<R> {

    /**
     * Adds one record to every KPI it takes part in (those whose filters it passes).
     *
     * @param record the record
     */
    void add(R record);

    /**
     * Adds every record of {@code records}, in order.
     *
     * @param records the records
     * @return this aggregator, for chaining
     */
    default KpiAggregator<R> addAll(Iterable<? extends R> records) {
        for (R r : records) {
            add(r);
        }
        return this;
    }

    /**
     * A new aggregator holding the state of this and {@code other}; neither is changed.
     *
     * @param other an aggregator of the same engine, over records disjoint from this one's
     * @return the aggregation of both parts
     * @throws org.itm.core.ItmValidationException if {@code other} comes from another engine
     */
    KpiAggregator<R> merge(KpiAggregator<R> other);

    /**
     * Writes this partial aggregation in a compact binary form that {@link KpiEngine#readAggregator} of an engine
     * with equal definitions reads back into an aggregator whose every later result, add and merge is identical to
     * this one's: what a distributed runtime needs to checkpoint the state or ship it between machines.
     *
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    void writeTo(DataOutput out) throws IOException;

    /**
     * Counts the records aggregated.
     *
     * @return records added, directly or through merges
     */
    long recordCount();

    /**
     * Measures the memory footprint, which grows with groups and windows and not with records.
     *
     * @return the number of (KPI, group, window) partial states held
     */
    long stateCount();

    /**
     * Reads the values so far; the aggregator stays usable and more records may be added afterwards.
     *
     * @return the KPI values of every group and window seen so far
     */
    KpiResults results();

    /**
     * As {@link #results()}, except that rolling windows also end on every day after a group's last record up to
     * {@code lastDay} while they still hold records (at most {@code days − 1} more windows per group), as a stream
     * emits them when each day closes; {@link #results()} ends them on each group's last day. Calendar windows are
     * unchanged.
     *
     * @param lastDay the last day that has closed, in the definitions' zone
     * @return the KPI values, rolling windows extended through {@code lastDay}
     */
    KpiResults resultsThrough(LocalDate lastDay);
}

