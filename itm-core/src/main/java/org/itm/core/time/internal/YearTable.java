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

    /** Whether day {@code day} ends at or after {@code (sec, nano)} of cumulative working time. */
    private boolean reaches(int day, long sec, int nano) {
        long c = cum[day + 1];
        return sec < c || (sec == c && nano == 0);
    }

    /**
     * The first day whose end-of-day cumulative working time reaches {@code (sec, nano)}; the caller guarantees
     * that {@code 0 < (sec, nano) <= total()}.
     */
    int dayReaching(long sec, int nano) {
        return dayReaching(sec, nano, 0);
    }

    /**
     * As {@link #dayReaching(long, int)}, searching from day {@code from}, which the caller knows does not lie
     * after the answer. Gallops forward first, since added working time usually ends within a few days.
     */
    int dayReaching(long sec, int nano, int from) {
        int lo = from;
        int hi = from;
        int step = 1;
        while (hi < days - 1 && !reaches(hi, sec, nano)) {
            lo = hi + 1;
            hi = Math.min(days - 1, hi + step);
            step <<= 1;
        }
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
