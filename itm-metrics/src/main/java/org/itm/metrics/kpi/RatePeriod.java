package org.itm.metrics.kpi;

import java.time.Duration;

/** The unit of time a {@link AggregationKind#RATE} or {@link AggregationKind#TIME_BETWEEN} is expressed in. */
public enum RatePeriod {
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1)),
    WEEK(Duration.ofDays(7));

    private final Duration length;

    RatePeriod(Duration length) {
        this.length = length;
    }

    /** The length of one period. */
    public Duration length() {
        return length;
    }
}
