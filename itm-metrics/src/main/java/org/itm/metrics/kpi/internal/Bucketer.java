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
    // in front of the search: the bucket of each whole UTC hour (daily and rolling windows) or day (longer windows)
    // that lies inside one window, for a span of cells around those met; UNKNOWN where not (yet) known or where a
    // window boundary falls inside the cell
    private static final int UNKNOWN = Integer.MIN_VALUE;
    private static final int MAX_CELLS = 1 << 16;
    private final boolean all;
    private final boolean hourCells;
    private int[] cells = new int[0];
    private long cellOrigin;

    Bucketer(TimeWindow window) {
        this.window = window;
        this.all = window.kind() == WindowKind.ALL;
        this.hourCells = window.kind() == WindowKind.DAY || window.kind() == WindowKind.ROLLING_DAYS;
    }

    /** The bucket of {@code t}; for rolling windows, the day of {@code t}. */
    long bucket(Instant t) {
        if (all) {
            return 0;
        }
        long s = t.getEpochSecond();
        long cell = hourCells ? Math.floorDiv(s, 3600) : Math.floorDiv(s, 86_400);
        long offset = cell - cellOrigin;
        if (offset >= 0 && offset < cells.length) {
            int b = cells[(int) offset];
            if (b != UNKNOWN) {
                return b;
            }
        }
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] > s) {
                hi = mid - 1;
            } else if (ends[mid] <= s) {
                lo = mid + 1;
            } else {
                remember(cell, starts[mid], ends[mid], buckets[mid]);
                return buckets[mid];
            }
        }
        return slowBucket(t, lo, cell);
    }

    /** Notes {@code bucket} for {@code cell} if the window [start, end) covers the whole cell. */
    private void remember(long cell, long start, long end, long bucket) {
        long cellSeconds = hourCells ? 3600 : 86_400;
        if (start > cell * cellSeconds || end < (cell + 1) * cellSeconds || bucket != (int) bucket
                || bucket == UNKNOWN || !cover(cell)) {
            return;
        }
        cells[(int) (cell - cellOrigin)] = (int) bucket;
    }

    /** Makes {@code cell} part of the cells' span, unless the span would grow beyond {@link #MAX_CELLS}. */
    private boolean cover(long cell) {
        if (cells.length == 0) {
            cells = new int[64];
            Arrays.fill(cells, UNKNOWN);
            cellOrigin = cell - 32;
            return true;
        }
        long top = cellOrigin + cells.length;
        if (cell >= cellOrigin && cell < top) {
            return true;
        }
        long lo = Math.min(cellOrigin, cell);
        long hi = Math.max(top, cell + 1);
        if (hi - lo > MAX_CELLS) {
            return false;
        }
        int length = (int) Math.min(MAX_CELLS, Math.max(2L * cells.length, hi - lo));
        long origin = cell < cellOrigin ? top - length : cellOrigin;
        int[] grown = new int[length];
        Arrays.fill(grown, UNKNOWN);
        System.arraycopy(cells, 0, grown, (int) (cellOrigin - origin), cells.length);
        cells = grown;
        cellOrigin = origin;
        return true;
    }

    private long slowBucket(Instant t, int insertAt, long cell) {
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
        remember(cell, starts[insertAt], ends[insertAt], b);
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
