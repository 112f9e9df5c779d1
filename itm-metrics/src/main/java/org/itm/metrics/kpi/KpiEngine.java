package org.itm.metrics.kpi;

import java.io.DataInput;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import org.itm.core.parallel.ParallelBatch;
import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.internal.DefaultKpiEngine;

/**
 * Computes a set of KPI definitions over records of one type in a single streaming pass, grouped by each
 * definition's dimensions and time windows.
 *
 * <pre>{@code
 * KpiEngine<IncidentRecord> engine = KpiEngine.create(IncidentKpis.schema(calendar), IncidentKpis.catalog(zone));
 * KpiResults results = engine.compute(incidents);           // or: newAggregator(), add(...), merge(...)
 * }</pre>
 *
 * <p>Definitions are checked against the schema when the engine is created: every unknown field is reported with
 * its path ({@code definitions[2].measure}). Definitions sharing dimensions, window and time field share one
 * group look-up per record, so a catalog costs little more than its most expensive KPI.
 *
 * <p>Sums, means, rates of a sum and sum ratios are exact until they are read: the values are added without rounding
 * (a sum of doubles kept as a fixed-point integer in units of 2<sup>-1074</sup>, the smallest double), so the result
 * is the double nearest the exact sum, mean or ratio of the measure values as the schema returned them, within half
 * an ulp of the result, and the same for any order of records and any split and merge of aggregators. A measure that
 * converts a {@code Duration} to a double (hours) carries that conversion's rounding, at most half an ulp of each
 * value; nothing else is rounded. Measure values must be finite and within ±9·10¹²; others are rejected.
 *
 * <p>Percentiles and medians are exact (linear interpolation between closest ranks, as spreadsheets' PERCENTILE.INC)
 * while a group holds at most {@link #EXACT_PERCENTILE_LIMIT} values; beyond that they are estimated from HdrHistograms
 * of the values in millionths of the unit with {@link #HISTOGRAM_SIGNIFICANT_DIGITS}
 * significant digits, which bounds the error of every estimate to under 1 % relative (or 10⁻⁶ of the unit for
 * smaller values), at p50, p90 and p99 alike, whatever the distribution. HdrHistogram was
 * chosen over t-digest because recording is a constant-time bucket increment (t-digest's buffered centroid
 * merging took about 40 % of the engine's time per record), because merging two histograms adds bucket counts, which
 * is exact, associative and commutative (merged t-digests re-compress and drifted by up to 1.6 % here, so a split
 * computation did not equal a single pass), and because its error bound holds everywhere rather than mostly at the
 * tails. Its usual drawback, a dynamic range to configure up front, does not apply: the histograms resize to the
 * values met (up to ±9·10¹² units, as sums). Memory is some kilobytes per group and percentile state, growing with
 * the logarithm of the largest value, not with the number of values.
 *
 * <p>To use several cores on one data set, {@link #computeParallel(List, Executor, int)} aggregates a list into a
 * few partial states on an executor, each task taking the next block of records when it is free, and merges them;
 * the results equal {@link #compute}'s exactly, percentile estimates included, for every chunk count and executor.
 * {@link #aggregateParallel} splits contiguous chunks instead and merges them in chunk order, for a merged state
 * that is the same, byte for byte, on every run.
 *
 * <p>An engine is immutable and thread-safe: share one across threads and give each thread its own
 * {@link KpiAggregator}.
 *
 * @param <R> the input record type
 * @since 0.1
 */
public interface KpiEngine<R> {

    /** Largest number of values a percentile state keeps raw (and answers exactly) before switching to a sketch. */
    int EXACT_PERCENTILE_LIMIT = 1024;

    /**
     * Significant decimal digits kept by the percentile histograms: 2 digits keep every estimated value within 1 %
     * of a value actually recorded near it (tested at p50/p90/p99 on a million values).
     */
    int HISTOGRAM_SIGNIFICANT_DIGITS = 2;

    /**
     * Compiles {@code definitions} against {@code schema}; do it once and reuse the engine.
     *
     * @param <R> the input record type
     * @param schema the fields the definitions may name
     * @param definitions the KPIs to compute, with distinct ids
     * @return an immutable, thread-safe engine
     * @throws org.itm.core.ItmValidationException listing every unknown field or duplicate id by path
     */
    static <R> KpiEngine<R> create(RecordSchema<R> schema, List<KpiDefinition> definitions) {
        return new DefaultKpiEngine<>(schema, definitions);
    }

    /**
     * The KPIs this engine computes, as given to {@link #create}.
     *
     * @return the definitions in the order given; results follow this order
     */
    List<KpiDefinition> definitions();

    /**
     * Starts a partial aggregation, for a single pass over records that arrive over time or for one part of a
     * data set to be merged later.
     *
     * @return an empty, not thread-safe aggregator of this engine's KPIs
     */
    KpiAggregator<R> newAggregator();

    /**
     * Reads a partial aggregation written by {@link KpiAggregator#writeTo}.
     *
     * @param in positioned at an aggregation written by an engine of equal definitions
     * @return an aggregator equal in every later result, add and merge to the one written
     * @throws org.itm.core.ItmValidationException if it was written by an engine of other definitions
     * @throws IOException                          if {@code in} fails or ends early
     */
    KpiAggregator<R> readAggregator(DataInput in) throws IOException;

    /**
     * Aggregates {@code records} in one pass on the calling thread.
     *
     * @param records the input records
     * @return the values of every KPI, group and window
     */
    default KpiResults compute(Iterable<? extends R> records) {
        return newAggregator().addAll(records).results();
    }

    /**
     * Aggregates {@code records} on the common fork-join pool, one chunk per thread of the pool: the same results
     * as {@link #compute}.
     *
     * @param records the input; must not change during the call
     * @return the KPI values of {@code records}
     * @throws org.itm.core.ItmValidationException if {@code records} or one of its elements is null
     */
    default KpiResults computeParallel(List<? extends R> records) {
        return computeParallel(records, ParallelBatch.defaultExecutor(), ParallelBatch.defaultChunks());
    }

    /**
     * Aggregates {@code records} into at most {@code chunks} partial states on {@code executor} and merges them:
     * results equal to {@link #compute}'s, bit for bit, whatever the chunk count, the executor or the scheduling.
     * The engine of {@link #create} fills each partial state by one task that takes the next block of records
     * until none remain, so a thread the machine slows down leaves more of the work to the others and the tasks
     * end close together; this default aggregates contiguous chunks with {@link #aggregateParallel}.
     *
     * @param records  the input; must not change during the call
     * @param executor runs the tasks (a fork-join pool, a fixed thread pool, a virtual-thread executor)
     * @param chunks   the greatest number of partial states and tasks, at least 1; one per thread of
     *                 {@code executor} is usually best
     * @return the KPI values of {@code records}
     * @throws org.itm.core.ItmValidationException naming {@code records}, {@code executor} or {@code chunks} when
     *                                             null or out of range, or {@code record} when an element is null
     * @throws RuntimeException                    the failure a single pass over {@code records} meets first (that
     *                                             of the first failing record); nothing is returned then
     */
    default KpiResults computeParallel(List<? extends R> records, Executor executor, int chunks) {
        return aggregateParallel(records, executor, chunks).results();
    }

    /**
     * As {@link #computeParallel(List, Executor, int)}, returning the merged aggregator, for merging further
     * partial states or adding more records.
     *
     * @param records  the input; must not change during the call
     * @param executor runs the chunks
     * @param chunks   how many parts to split {@code records} into, at least 1
     * @return the merged aggregator of every chunk; empty for an empty list
     * @throws org.itm.core.ItmValidationException naming {@code records}, {@code executor} or {@code chunks} when
     *                                             null or out of range
     */
    default KpiAggregator<R> aggregateParallel(List<? extends R> records, Executor executor, int chunks) {
        Checks.notNull(records, "records");
        Checks.notNull(executor, "executor");
        Checks.positive(chunks, "chunks");
        ParallelBatch.ChunkWork<R, KpiAggregator<R>> work = (chunk, offset) -> newAggregator().addAll(chunk);
        List<KpiAggregator<R>> parts = ParallelBatch.mapChunks(records, chunks, executor, work);
        if (parts.isEmpty()) {
            return newAggregator();
        }
        KpiAggregator<R> merged = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            merged = merged.merge(parts.get(i));
        }
        return merged;
    }
}
