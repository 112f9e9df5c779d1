package org.itm.metrics.analysis;

/**
 * Direction of a monotonic trend, or none significant.
 *
 * @since 0.1
 */
public enum Trend {
    /** The values rise significantly over the series (good or bad depends on the KPI's direction). */
    INCREASING,
    /** The values fall significantly over the series. */
    DECREASING,
    /** No monotonic trend is significant at the chosen level: the movement may be noise. */
    NO_TREND
}
