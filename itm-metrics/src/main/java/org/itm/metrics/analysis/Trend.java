package org.itm.metrics.analysis;

/** Direction of a monotonic trend, or none significant. */
public enum Trend {
    INCREASING, DECREASING, NO_TREND
}
