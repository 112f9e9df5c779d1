package org.itm.core.time.internal;

/**
 * The working time of one local calendar year, resolved to instants once so that queries need no zone
 * arithmetic: where each local day starts, how much working time lies before it, and its working intervals.
 *
 * <p>Immutable after construction (all fields final), so instances may be shared between threads.
 */
final class YearTable {

    final int year;
    final long firstEpochDay;
    final int days;
    /** {@code dayStart[i]}: epoch second of local midnight starting day {@code i}; {@code days + 1} entries. */
    final long[] dayStart;
    /** {@code cum[i]}: working seconds of this year before day {@code i}; {@code days + 1} entries. */
    final long[] cum;
    /** Working intervals of each day as epoch-second pairs {@code [s0, e0, s1, e1, ...]}, sorted, none empty. */
    final long[][] intervals;

    YearTable(int year, long firstEpochDay, long[] dayStart, long[] cum, long[][] intervals) {
        this.year = year;
        this.firstEpochDay = firstEpochDay;
        this.days = intervals.length;
        this.dayStart = dayStart;
        this.cum = cum;
        this.intervals = intervals;
    }

    long total() {
        return cum[days];
    }

    /** Working seconds of day {@code day} before epoch second {@code es}. */
    long workedBefore(int day, long es) {
        long[] r = intervals[day];
        long w = 0;
        for (int k = 0; k < r.length; k += 2) {
            if (es <= r[k]) {
                break;
            }
            w += Math.min(es, r[k + 1]) - r[k];
        }
        return w;
    }

    boolean isWorking(int day, long es) {
        long[] r = intervals[day];
        for (int k = 0; k < r.length; k += 2) {
            if (es < r[k]) {
                return false;
            }
            if (es < r[k + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first day whose end-of-day cumulative working time reaches {@code (sec, nano)}; the caller guarantees
     * that {@code 0 < (sec, nano) <= total()}.
     */
    int dayReaching(long sec, int nano) {
        int lo = 0;
        int hi = days - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long c = cum[mid + 1];
            if (sec < c || (sec == c && nano == 0)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
