package org.itm.metrics.kpi;

import java.time.Duration;

/**
 * The unit of time a {@link AggregationKind#RATE} or {@link AggregationKind#TIME_BETWEEN} is expressed in.
 *
 * @since 0.1
 */
public enum RatePeriod {
    /** Per hour: 3 600 s. */
    HOUR(Duration.ofHours(1)),
    /** Per day of 24 hours (not a business day). */
    DAY(Duration.ofDays(1)),
    /** Per week of 7 days. */
    WEEK(Duration.ofDays(7));

    private final Duration length;

    RatePeriod(Duration length) {
        this.length = length;
    }

    /**
     * The length of one period, by which a window's length is divided.
     *
     * @return one hour, one 24-hour day or seven days
     */
    public Duration length() {
        return length;
    }
}
