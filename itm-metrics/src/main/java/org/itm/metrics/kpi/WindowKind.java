package org.itm.metrics.kpi;

/**
 * The kinds of time window a KPI is computed over; see {@link TimeWindow}.
 *
 * @since 0.1
 */
public enum WindowKind {
    /** Calendar day in the window's zone. */
    DAY,
    /** ISO week (Monday to Sunday) in the window's zone. */
    WEEK,
    /** Calendar month in the window's zone. */
    MONTH,
    /** Calendar quarter (January, April, July, October) in the window's zone. */
    QUARTER,
    /** Calendar year in the window's zone. */
    YEAR,
    /** The N days ending on each day with data: a sliding window built by merging daily partial states. */
    ROLLING_DAYS,
    /** No time window: every record counts towards one value per group. */
    ALL
}
