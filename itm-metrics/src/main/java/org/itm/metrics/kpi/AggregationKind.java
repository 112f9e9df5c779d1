package org.itm.metrics.kpi;

/**
 * How the records of one group and window are reduced to a KPI value. Every kind has a mergeable partial state,
 * so a data set can be split, aggregated in parts and merged in any order.
 *
 * @since 0.1
 */
public enum AggregationKind {
    /** Number of records passing the filter. */
    COUNT,
    /** Sum of {@code measure}. */
    SUM,
    /** Arithmetic mean of {@code measure}. */
    MEAN,
    /** Median of {@code measure} (exact for small groups, HdrHistogram estimate for large ones). */
    MEDIAN,
    /** The {@code percentile}-th percentile of {@code measure} (0 &lt; p &lt; 100); exact for small groups. */
    PERCENTILE,
    /** Records where flag {@code numerator} holds divided by all records passing the filter, as a fraction. */
    RATIO,
    /** Sum of {@code measure} divided by the sum of {@code denominator}, as a fraction (availability, spend share). */
    SUM_RATIO,
    /** Number of distinct values of the dimension named by {@code measure}. */
    DISTINCT_COUNT,
    /** Records (or the sum of {@code measure}, if given) per {@code per} period of the window's length. */
    RATE,
    /** Window length in {@code per} units divided by the number of records: mean time between events (MTBF). */
    TIME_BETWEEN
}
