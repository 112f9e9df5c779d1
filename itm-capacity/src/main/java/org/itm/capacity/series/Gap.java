package org.itm.capacity.series;

import java.time.Instant;

/**
 * A run of missing observations in a series that should have one every step, as {@link TimeSeries#gaps} finds
 * them; {@link TimeSeries#fillGaps} repairs them.
 *
 * @param lastBefore the last observation before the gap
 * @param firstAfter the first observation after the gap
 * @param missing    how many expected observations are absent between the two, at least 1
 * @since 0.1
 */
public record Gap(Instant lastBefore, Instant firstAfter, long missing) {
}
