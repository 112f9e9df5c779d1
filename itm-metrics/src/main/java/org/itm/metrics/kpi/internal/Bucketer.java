package org.itm.metrics.kpi.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.itm.metrics.kpi.TimeWindow;
import org.itm.metrics.kpi.WindowKind;
import org.itm.metrics.kpi.WindowRange;

/** Places instants in windows: the bucket of a calendar window is the epoch day of its first date. */
final class Bucketer {

    private static final int MAX_CACHED = 4096;

    private final TimeWindow window;
    // windows met so far as sorted, disjoint [start, end) ranges of epoch seconds: a record's window is found by
    // binary search instead of a time-zone conversion (zone rules look-ups dominate otherwise)
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private long[] buckets = new long[16];
    private int size;

    Bucketer(TimeWindow window) {
        this.window = window;
    }

    /** The bucket of {@code t}; for rolling windows, the day of {@code t}. */
    long bucket(Instant t) {
        if (window.kind() == WindowKind.ALL) {
            return 0;
        }
        long s = t.getEpochSecond();
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] > s) {
                hi = mid - 1;
            } else if (ends[mid] <= s) {
                lo = mid + 1;
            } else {
                return buckets[mid];
            }
        }
        return slowBucket(t, lo);
    }

    private long slowBucket(Instant t, int insertAt) {
        LocalDate day = t.atZone(window.zone()).toLocalDate();
        long b = switch (window.kind()) {
            case DAY, ROLLING_DAYS -> day.toEpochDay();
            case WEEK -> day.toEpochDay() - Math.floorMod(day.toEpochDay() + 3, 7);
            case MONTH -> day.withDayOfMonth(1).toEpochDay();
            case QUARTER -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1).toEpochDay();
            case YEAR -> day.withDayOfYear(1).toEpochDay();
            case ALL -> 0;
        };
        LocalDate start = LocalDate.ofEpochDay(b);
        LocalDate end = window.kind() == WindowKind.ROLLING_DAYS ? start.plusDays(1) : range(b).end();
        if (size == MAX_CACHED) {
            size = 0;
            insertAt = 0;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            buckets = Arrays.copyOf(buckets, size * 2);
        }
        System.arraycopy(starts, insertAt, starts, insertAt + 1, size - insertAt);
        System.arraycopy(ends, insertAt, ends, insertAt + 1, size - insertAt);
        System.arraycopy(buckets, insertAt, buckets, insertAt + 1, size - insertAt);
        starts[insertAt] = start.atStartOfDay(window.zone()).toEpochSecond();
        ends[insertAt] = end.atStartOfDay(window.zone()).toEpochSecond();
        buckets[insertAt] = b;
        size++;
        return b;
    }

    /** The dates of the calendar window whose bucket is {@code bucket} (not for rolling windows). */
    WindowRange range(long bucket) {
        if (window.kind() == WindowKind.ALL) {
            return new WindowRange(LocalDate.MIN, LocalDate.MAX, window.zone());
        }
        LocalDate start = LocalDate.ofEpochDay(bucket);
        LocalDate end = switch (window.kind()) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
            case ROLLING_DAYS -> start.plusDays(window.days());
            case ALL -> LocalDate.MAX;
        };
        return new WindowRange(start, end, window.zone());
    }

    /** Elapsed length of a window, daylight-saving aware. */
    Duration length(WindowRange range) {
        return Duration.between(range.start().atStartOfDay(range.zone()), range.end().atStartOfDay(range.zone()));
    }
}
