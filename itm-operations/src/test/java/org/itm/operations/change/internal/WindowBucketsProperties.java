package org.itm.operations.change.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.itm.core.time.TimeInterval;

class WindowBucketsProperties {

    private static final Instant BASE = Instant.parse("2025-12-20T00:00:00Z");

    private static TimeInterval interval(long startMinutes, long lengthMinutes) {
        Instant start = BASE.plus(Duration.ofMinutes(startMinutes));
        return TimeInterval.of(start, start.plus(Duration.ofMinutes(lengthMinutes)));
    }

    /** The one property the window search rests on: an overlapping window is filed where the search looks. */
    @Property(tries = 2000)
    void aWindowOverlappingAnIntervalIsFiledInABucketTheIntervalTouches(
            @ForAll @LongRange(min = 0, max = 600_000) long windowStart,
            @ForAll @LongRange(min = 1, max = 200_000) long windowLength,
            @ForAll @LongRange(min = 0, max = 600_000) long searchStart,
            @ForAll @LongRange(min = 1, max = 100_000) long searchLength) {
        TimeInterval window = interval(windowStart, windowLength);
        TimeInterval search = interval(searchStart, searchLength);
        if (window.overlaps(search)) {
            assertThat(WindowBuckets.touchedBy(search)).contains(WindowBuckets.of(window));
        }
    }

    @Example
    void aWindowIsFiledUnderTheSmallestCalendarUnitHoldingAllOfIt() {
        assertThat(WindowBuckets.of(TimeInterval.of(Instant.parse("2026-03-16T20:00:00Z"),
                Instant.parse("2026-03-17T00:00:00Z")))).isEqualTo("d2026-03-16");
        assertThat(WindowBuckets.of(TimeInterval.of(Instant.parse("2026-03-16T23:00:00Z"),
                Instant.parse("2026-03-17T02:00:00Z")))).isEqualTo("w2026-W12");
        assertThat(WindowBuckets.of(TimeInterval.of(Instant.parse("2026-03-22T23:00:00Z"),
                Instant.parse("2026-03-23T02:00:00Z")))).isEqualTo("m2026-03");
        assertThat(WindowBuckets.of(TimeInterval.of(Instant.parse("2026-03-31T23:00:00Z"),
                Instant.parse("2026-04-01T02:00:00Z")))).isEqualTo("w2026-W14");
        assertThat(WindowBuckets.of(TimeInterval.of(Instant.parse("2026-03-29T23:00:00Z"),
                Instant.parse("2026-04-01T02:00:00Z")))).isEqualTo("y2026");
        // New Year's Eve and Day 2026/27 share ISO week 2026-W53
        assertThat(WindowBuckets.of(TimeInterval.of(Instant.parse("2026-12-31T23:00:00Z"),
                Instant.parse("2027-01-01T02:00:00Z")))).isEqualTo("w2026-W53");
        assertThat(WindowBuckets.of(TimeInterval.of(Instant.parse("2026-12-27T23:00:00Z"),
                Instant.parse("2027-01-01T02:00:00Z")))).isEqualTo(WindowBuckets.ANY);
        assertThat(WindowBuckets.touchedBy(TimeInterval.of(Instant.parse("2026-03-16T19:00:00Z"),
                Instant.parse("2026-03-17T01:00:00Z"))))
                .containsExactly("d2026-03-16", "d2026-03-17", "w2026-W12", "m2026-03", "y2026", WindowBuckets.ANY);
    }
}
