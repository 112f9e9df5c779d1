package org.itm.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.itm.core.time.MinuteOracle.Spec;

/**
 * Invariants of the weekly calendar, checked against a brute-force minute-by-minute oracle on random
 * calendars (several shifts a day, shifts across midnight, holidays, partial closures, extra days) in zones
 * with and without daylight saving, around the clock changes.
 */
class BusinessCalendarProperties {

    private static final int WINDOW_DAYS = 20;
    private static final int DAY = 1440;

    @Provide
    Arbitrary<Spec> specs() {
        return Arbitraries.longs().map(Spec::random);
    }

    private static MinuteOracle oracle(Spec spec) {
        return new MinuteOracle(spec, spec.anchor().minusDays(4), WINDOW_DAYS);
    }

    @Property(tries = 300)
    void workingTimeEqualsTheWorkingMinutesCountedOneByOne(@ForAll("specs") Spec spec,
                                                          @ForAll @IntRange(min = DAY, max = 10 * DAY) int from,
                                                          @ForAll @IntRange(min = 0, max = 8 * DAY) int length) {
        BusinessCalendar cal = spec.build();
        MinuteOracle oracle = oracle(spec);

        Duration worked = cal.workingTimeBetween(oracle.minute(from), oracle.minute(from + length));

        assertThat(worked).as("%s", spec).isEqualTo(Duration.ofMinutes(oracle.count(from, from + length)));
        assertThat(cal.workingTimeBetween(oracle.minute(from + length), oracle.minute(from)))
                .isEqualTo(worked.negated());
    }

    @Property(tries = 200)
    void isWorkingAgreesWithTheOracleMinuteByMinute(@ForAll("specs") Spec spec,
                                                   @ForAll @IntRange(min = DAY, max = 15 * DAY) int from) {
        BusinessCalendar cal = spec.build();
        MinuteOracle oracle = oracle(spec);

        for (int m = from; m < from + 2 * DAY; m += 15) {
            assertThat(cal.isWorking(oracle.minute(m))).as("%s at %s", spec, oracle.minute(m))
                    .isEqualTo(oracle.working[m]);
        }
    }

    @Property(tries = 300)
    void workingTimeIsAdditive(@ForAll("specs") Spec spec,
                               @ForAll @IntRange(min = 0, max = 14 * 86_400) int x,
                               @ForAll @IntRange(min = 0, max = 14 * 86_400) int y,
                               @ForAll @IntRange(min = 0, max = 14 * 86_400) int z) {
        BusinessCalendar cal = spec.build();
        Instant base = spec.anchor().atStartOfDay(spec.zone()).toInstant().minus(Duration.ofDays(3));
        Instant a = base.plusSeconds(x);
        Instant b = base.plusSeconds(y).plusNanos(y % 7 * 123_456_789L);
        Instant c = base.plusSeconds(z);

        assertThat(cal.workingTimeBetween(a, b).plus(cal.workingTimeBetween(b, c)))
                .as("%s", spec).isEqualTo(cal.workingTimeBetween(a, c));
    }

    @Property(tries = 300)
    void addingWorkingTimeReachesTheEarliestInstantWithExactlyThatMuchWork(
            @ForAll("specs") Spec spec,
            @ForAll @IntRange(min = DAY, max = 8 * DAY) int from,
            @ForAll @IntRange(min = 0, max = 3 * DAY) int minutes) {
        BusinessCalendar cal = spec.build();
        MinuteOracle oracle = oracle(spec);
        int expected = -1;
        long seen = 0;
        for (int m = from; m <= oracle.working.length && expected < 0; m++) {
            if (seen == minutes) {
                expected = m;
            } else if (m < oracle.working.length && oracle.working[m]) {
                seen++;
            }
        }
        Assume.that(expected >= 0);
        Instant t = oracle.minute(from);
        Duration d = Duration.ofMinutes(minutes);

        Instant result = cal.addWorkingTime(t, d);

        assertThat(result).as("%s", spec).isEqualTo(oracle.minute(expected));
        assertThat(cal.workingTimeBetween(t, result)).isEqualTo(d);
    }

    @Property(tries = 200)
    void workingTimeAndAddedTimeAreMonotonic(@ForAll("specs") Spec spec,
                                             @ForAll @IntRange(min = 0, max = 10 * 86_400) int x,
                                             @ForAll @IntRange(min = 0, max = 5 * 86_400) int dy,
                                             @ForAll @IntRange(min = 0, max = 5 * 86_400) int dz,
                                             @ForAll @IntRange(min = 0, max = 20 * 3600) int d1,
                                             @ForAll @IntRange(min = 0, max = 20 * 3600) int dd) {
        BusinessCalendar cal = spec.build();
        Assume.that(hasWorkAhead(spec));
        Instant a = spec.anchor().atStartOfDay(spec.zone()).toInstant().minus(Duration.ofDays(3)).plusSeconds(x);
        Instant b = a.plusSeconds(dy);
        Instant c = b.plusSeconds(dz);

        assertThat(cal.workingTimeBetween(a, b)).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(cal.workingTimeBetween(a, c)).isGreaterThanOrEqualTo(cal.workingTimeBetween(a, b));
        assertThat(cal.workingTimeBetween(a, b)).isLessThanOrEqualTo(Duration.between(a, b));
        assertThat(cal.addWorkingTime(a, Duration.ofSeconds(d1 + dd)))
                .isAfterOrEqualTo(cal.addWorkingTime(a, Duration.ofSeconds(d1)));
    }

    @Property(tries = 200)
    void workingIntervalsAreMergedWorkingAndAddUpToTheWorkingTime(
            @ForAll("specs") Spec spec,
            @ForAll @IntRange(min = DAY, max = 10 * DAY) int from,
            @ForAll @IntRange(min = 0, max = 8 * DAY) int length) {
        BusinessCalendar cal = spec.build();
        MinuteOracle oracle = oracle(spec);
        Instant a = oracle.minute(from);
        Instant b = oracle.minute(from + length);

        List<TimeInterval> intervals = cal.workingIntervals(a, b);

        Duration sum = intervals.stream().map(TimeInterval::duration).reduce(Duration.ZERO, Duration::plus);
        assertThat(sum).isEqualTo(cal.workingTimeBetween(a, b));
        for (int i = 0; i < intervals.size(); i++) {
            TimeInterval iv = intervals.get(i);
            assertThat(iv.isEmpty()).isFalse();
            assertThat(iv.start()).isAfterOrEqualTo(a);
            assertThat(iv.end()).isBeforeOrEqualTo(b);
            assertThat(oracle.count(oracle.index(iv.start()), oracle.index(iv.end())))
                    .isEqualTo(iv.duration().toMinutes());
            if (i > 0) {
                assertThat(iv.start()).as("gap between merged intervals").isAfter(intervals.get(i - 1).end());
            }
        }
    }

    @Property(tries = 200)
    void nextWorkingInstantIsTheFirstWorkingMinuteAtOrAfter(@ForAll("specs") Spec spec,
                                                          @ForAll @IntRange(min = DAY, max = 10 * DAY) int from) {
        BusinessCalendar cal = spec.build();
        MinuteOracle oracle = oracle(spec);
        int first = from;
        while (first < oracle.working.length && !oracle.working[first]) {
            first++;
        }
        Assume.that(first < oracle.working.length);

        assertThat(cal.nextWorkingInstant(oracle.minute(from))).as("%s", spec).isEqualTo(oracle.minute(first));
    }

    private static boolean hasWorkAhead(Spec spec) {
        return !spec.shifts().isEmpty();
    }

    @Property(tries = 300)
    void addThenMeasureRoundTripsToTheNanosecondAndIsEarliest(
            @ForAll("specs") Spec spec,
            @ForAll @IntRange(min = 0, max = 30 * 86_400) int offset,
            @ForAll @IntRange(min = 0, max = 999_999_999) int startNanos,
            @ForAll @IntRange(min = 0, max = 40 * 3600) int seconds,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        Assume.that(hasWorkAhead(spec));
        BusinessCalendar cal = spec.build();
        Instant t = spec.anchor().atStartOfDay(spec.zone()).toInstant().plusSeconds(offset).plusNanos(startNanos);
        Duration d = Duration.ofSeconds(seconds, nanos);

        Instant r = cal.addWorkingTime(t, d);

        assertThat(cal.workingTimeBetween(t, r)).isEqualTo(d);
        if (!d.isZero()) {
            assertThat(cal.workingTimeBetween(t, r.minusNanos(1))).isLessThan(d);
        }
    }

    @Property(tries = 100)
    void weeklyCalendarOpenAllWeekEqualsTwentyFourSeven(@ForAll @IntRange(min = 0, max = 6) int zoneIndex,
                                                       @ForAll @IntRange(min = 0, max = 400 * 86_400) int x,
                                                       @ForAll @IntRange(min = 0, max = 100 * 86_400) int length) {
        java.time.ZoneId zone = MinuteOracle.ZONES.get(zoneIndex);
        BusinessCalendar weekly = BusinessCalendar.weekly(zone).allDay(java.time.DayOfWeek.values()).build();
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(zone);
        Instant a = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(x);
        Instant b = a.plusSeconds(length);

        assertThat(weekly.workingTimeBetween(a, b)).isEqualTo(always.workingTimeBetween(a, b));
        assertThat(weekly.addWorkingTime(a, Duration.ofSeconds(length))).isEqualTo(b);
        assertThat(weekly.workingIntervals(a, b)).isEqualTo(always.workingIntervals(a, b));
    }

    @Property(tries = 300)
    void nanosecondQueriesAgreeWithTheDurationOnes(@ForAll("specs") Spec spec,
                                                  @ForAll @IntRange(min = 0, max = 14 * 86_400) int x,
                                                  @ForAll @IntRange(min = 0, max = 14 * 86_400) int y,
                                                  @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
                                                  @ForAll @IntRange(min = 0, max = 40 * 3600) int addSeconds,
                                                  @ForAll boolean twentyFourSeven) {
        BusinessCalendar cal = twentyFourSeven ? BusinessCalendar.twentyFourSeven(spec.zone()) : spec.build();
        Assume.that(twentyFourSeven || hasWorkAhead(spec));
        Instant base = spec.anchor().atStartOfDay(spec.zone()).toInstant().minus(Duration.ofDays(3));
        Instant a = base.plusSeconds(x).plusNanos(nanos);
        Instant b = base.plusSeconds(y).plusNanos(y % 5 * 200_000_001L);
        Duration d = Duration.ofSeconds(addSeconds, (nanos + y) % 1_000_000_000);

        assertThat(cal.workingNanosBetween(a, b)).as("%s", spec).isEqualTo(cal.workingTimeBetween(a, b).toNanos());
        assertThat(cal.workingNanosBetween(b, a)).isEqualTo(-cal.workingNanosBetween(a, b));
        assertThat(cal.addWorkingNanos(a, d.toNanos())).as("%s", spec).isEqualTo(cal.addWorkingTime(a, d));
    }

    @Property(tries = 100)
    void aRangeAcrossTheRepeatedHourCountsItsRepeatedPartTwice(@ForAll @IntRange(max = 23) int startQuarter,
                                                               @ForAll @IntRange(min = 1, max = 24) int length) {
        // Berlin, Sunday 25 October 2026: the wall clock shows 02:00-03:00 twice
        int start = startQuarter * 15;
        int end = Math.min(start + length * 15, 6 * 60);
        Assume.that(end > start);
        BusinessCalendar cal = BusinessCalendar.weekly(java.time.ZoneId.of("Europe/Berlin"))
                .hours(java.time.DayOfWeek.SUNDAY, java.time.LocalTime.ofSecondOfDay(start * 60L),
                        java.time.LocalTime.ofSecondOfDay(end * 60L)).build();
        int repeated = Math.max(0, Math.min(end, 180) - Math.max(start, 120));
        Duration worked = cal.workingTimeBetween(Instant.parse("2026-10-24T22:00:00Z"),
                Instant.parse("2026-10-25T23:00:00Z"));
        assertThat(worked).isEqualTo(Duration.ofMinutes(end - start + repeated));
    }
}
