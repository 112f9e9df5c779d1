package org.itm.core.time.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The look-ups of one resolved year on a table built by hand: 365 days of 86,400 s, weekdays (every day but the
 * fifth and sixth of each seven) working 09:00-12:00 and 13:00-17:00 (7 h), and no work on day 0, on the 30 days
 * 100 to 129 or on the last day, so that the search meets runs of days that add nothing.
 */
class YearTableTest {

    private static final int DAYS = 365;
    private static final long DAY = 86_400;
    private static final long SHIFT_DAY = 7 * 3_600;

    private static boolean works(int day) {
        return day % 7 < 5 && day != 0 && (day < 100 || day > 129) && day != DAYS - 1;
    }

    private static YearTable table() {
        long[] dayStart = new long[DAYS + 1];
        long[] cum = new long[DAYS + 1];
        long[][] intervals = new long[DAYS][];
        for (int i = 0; i <= DAYS; i++) {
            dayStart[i] = i * DAY;
        }
        for (int i = 0; i < DAYS; i++) {
            long s = dayStart[i];
            intervals[i] = works(i)
                    ? new long[] {s + 9 * 3_600, s + 12 * 3_600, s + 13 * 3_600, s + 17 * 3_600}
                    : new long[0];
            cum[i + 1] = cum[i] + (works(i) ? SHIFT_DAY : 0);
        }
        return new YearTable(1970, 0, dayStart, cum, intervals);
    }

    /** The first day whose end-of-day working time reaches {@code (sec, nano)}, by looking at every day. */
    private static int firstReaching(YearTable t, long sec, int nano) {
        for (int d = 0; d < t.days; d++) {
            if (sec < t.cum[d + 1] || (sec == t.cum[d + 1] && nano == 0)) {
                return d;
            }
        }
        throw new AssertionError("beyond the year: " + sec);
    }

    @Test
    void theTableHoldsTheWorkOfItsWorkingDays() {
        YearTable t = table();
        int workingDays = 0;
        for (int d = 0; d < DAYS; d++) {
            workingDays += works(d) ? 1 : 0;
        }
        assertThat(workingDays).isEqualTo(237);
        assertThat(t.total()).isEqualTo(237 * SHIFT_DAY);
    }

    @Test
    void aDaysEndReachesTheWorkUpToItButNotAFractionOfASecondMore() {
        YearTable t = table();
        // day 0 is idle, so day 1 holds the first 7 hours, its end included
        assertThat(t.dayReaching(1, 0)).isEqualTo(1);
        assertThat(t.dayReaching(0, 1)).isEqualTo(1);
        assertThat(t.dayReaching(SHIFT_DAY, 0)).isEqualTo(1);
        assertThat(t.dayReaching(SHIFT_DAY, 1)).isEqualTo(2);
        // days 5 and 6 are a weekend: the fifth day's work ends on day 4, the sixth begins on day 7
        assertThat(t.dayReaching(4 * SHIFT_DAY, 0)).isEqualTo(4);
        assertThat(t.dayReaching(4 * SHIFT_DAY, 1)).isEqualTo(7);
        // the whole year ends on its last working day, 361, not on the idle days 362 to 364 after it
        assertThat(t.dayReaching(t.total(), 0)).isEqualTo(361);
        assertThat(t.dayReaching(t.total(), 0, 200)).isEqualTo(361);
    }

    @Test
    void theSearchFindsTheFirstReachingDayFromEveryDayNotAfterIt() {
        YearTable t = table();
        int queries = 0;
        for (int d = 0; d < DAYS; d++) {
            for (long sec : new long[] {t.cum[d] + 1, t.cum[d + 1] - 1, t.cum[d + 1]}) {
                for (int nano : new int[] {0, 500}) {
                    if (sec < 0 || (sec == 0 && nano == 0) || sec > t.total() || (sec == t.total() && nano > 0)) {
                        continue;
                    }
                    int expected = firstReaching(t, sec, nano);
                    assertThat(t.dayReaching(sec, nano)).as("%d s %d ns", sec, nano).isEqualTo(expected);
                    for (int from = 0; from <= expected; from++) {
                        assertThat(t.dayReaching(sec, nano, from)).as("%d s %d ns from %d", sec, nano, from)
                                .isEqualTo(expected);
                        queries++;
                    }
                }
            }
        }
        assertThat(queries).isGreaterThan(100_000);
    }

    @Test
    void workedBeforeCountsTheWorkOfTheDayBeforeTheSecond() {
        YearTable t = table();
        long start = t.dayStart[1];
        assertThat(t.workedBefore(1, start)).isZero();
        assertThat(t.workedBefore(1, start + 9 * 3_600)).isZero();
        assertThat(t.workedBefore(1, start + 9 * 3_600 + 1)).isEqualTo(1);
        assertThat(t.workedBefore(1, start + 12 * 3_600)).isEqualTo(3 * 3_600);
        assertThat(t.workedBefore(1, start + 13 * 3_600)).isEqualTo(3 * 3_600);
        assertThat(t.workedBefore(1, start + 13 * 3_600 + 1)).isEqualTo(3 * 3_600 + 1);
        assertThat(t.workedBefore(1, start + 17 * 3_600)).isEqualTo(SHIFT_DAY);
        assertThat(t.workedBefore(1, start + DAY)).isEqualTo(SHIFT_DAY);
        assertThat(t.workedBefore(0, t.dayStart[0] + 43_200)).isZero();
        // every second of the day against the overlap of [day start, es) with each interval
        long[] r = t.intervals[1];
        for (long es = start; es <= start + DAY; es++) {
            long overlap = 0;
            for (int k = 0; k < r.length; k += 2) {
                overlap += Math.max(0, Math.min(es, r[k + 1]) - r[k]);
            }
            assertThat(t.workedBefore(1, es)).isEqualTo(overlap);
        }
    }
}
