package org.itm.capacity.series;

/**
 * How {@link TimeSeries#fillGaps} invents values for missing steps.
 *
 * @since 0.1
 */
public enum FillPolicy {
    /** Repeat the last value before the gap (a gauge that did not change). */
    PREVIOUS,
    /** Interpolate linearly in time between the values either side of the gap. */
    LINEAR,
    /** Insert zero (a counter of events where no report means nothing happened). */
    ZERO
}
