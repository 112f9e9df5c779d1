package org.itm.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.junit.jupiter.api.Test;

/**
 * Spans in nanoseconds whose instants lie on a different UTC date than their local one: evenings in a zone behind
 * UTC, early mornings in a zone ahead of it, and the same at the ends of a year, where the instant belongs to the
 * neighbouring year. Each span is asked for once right after a look-up in the year of its start and once right
 * after one in the year of its end, in both directions, and must give the same exact figure each time. Around
 * them: shifts from local midnight with instants a fraction of a second after it, instants on the UTC dates
 * beyond the year of the last look-up, the days just outside the supported years, and a calendar's first query.
 */
class WeeklyCalendarSameYearSpanTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** Weekdays 09:00-23:00 in New York: the evening hours fall on the next UTC date. */
    private static final BusinessCalendar LATE = BusinessCalendar.weekly(NEW_YORK)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(23, 0))
            .build();
    /** Weekdays 01:00-10:00 in Tokyo: the early hours fall on the previous UTC date. */
    private static final BusinessCalendar EARLY = BusinessCalendar.weekly(TOKYO)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(1, 0), LocalTime.of(10, 0))
            .build();

    /** Weekdays 00:00-09:00 in New York, whose local midnight lies on the same UTC date. */
    private static final BusinessCalendar NIGHT_NEW_YORK = BusinessCalendar.weekly(NEW_YORK)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.MIDNIGHT, LocalTime.of(9, 0))
            .build();
    /** Weekdays 00:00-09:00 in Tokyo, whose local midnight lies on the previous UTC date. */
    private static final BusinessCalendar NIGHT_TOKYO = BusinessCalendar.weekly(TOKYO)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.MIDNIGHT, LocalTime.of(9, 0))
            .build();

    private static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private static long nanos(BusinessCalendar cal, Instant a, Instant b) {
        cal.workingTimeBetween(a, a); // the last look-up lies in a's year
        long afterA = cal.workingNanosBetween(a, b);
        cal.workingTimeBetween(b, b); // now in b's year
        long afterB = cal.workingNanosBetween(a, b);
        assertThat(afterB).as("after a look-up in the year of %s", b).isEqualTo(afterA);
        assertThat(cal.workingNanosBetween(b, a)).isEqualTo(-afterA);
        return afterA;
    }

    private static List<String> paths(ItmValidationException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    private static long hours(long h) {
        return Duration.ofHours(h).toNanos();
    }

    @Test
    void eveningsBehindUtcCountOnTheirLocalDate() {
        // Monday 1 June 2026, 20:00 EDT is 00:00Z on the 2nd; 3 h that evening, 11 h on Tuesday until 20:00
        assertThat(nanos(LATE, at(NEW_YORK, "2026-06-01T20:00"), at(NEW_YORK, "2026-06-02T20:00")))
                .isEqualTo(hours(14));
        assertThat(nanos(LATE, at(NEW_YORK, "2026-06-01T08:00"), at(NEW_YORK, "2026-06-01T21:30")))
                .isEqualTo(hours(12) + Duration.ofMinutes(30).toNanos());
        assertThat(nanos(LATE, at(NEW_YORK, "2026-06-01T22:59:59"), at(NEW_YORK, "2026-06-02T09:00:01")))
                .isEqualTo(Duration.ofSeconds(2).toNanos());
    }

    @Test
    void earlyMorningsAheadOfUtcCountOnTheirLocalDate() {
        // Monday 1 June 2026, 05:00 JST is 20:00Z on 31 May; 5 h that morning, 4 h on Tuesday until 05:00
        assertThat(nanos(EARLY, at(TOKYO, "2026-06-01T05:00"), at(TOKYO, "2026-06-02T05:00")))
                .isEqualTo(hours(9));
        assertThat(nanos(EARLY, at(TOKYO, "2026-06-01T00:30"), at(TOKYO, "2026-06-01T09:00")))
                .isEqualTo(hours(8));
    }

    @Test
    void spansOverTheEndOfAYearWhoseInstantsLieOnTheOtherUtcYear() {
        // Thursday 31 December 2026, 20:00 EST is 2027-01-01T01:00Z: 3 h that evening, 1 h on Friday 1 January
        assertThat(nanos(LATE, at(NEW_YORK, "2026-12-31T20:00"), at(NEW_YORK, "2027-01-01T10:00")))
                .isEqualTo(hours(4));
        assertThat(nanos(LATE, at(NEW_YORK, "2026-12-31T10:00"), at(NEW_YORK, "2026-12-31T22:00")))
                .isEqualTo(hours(12));
        // Wednesday 31 December 2025, 21:00 EST is 2026-01-01T02:00Z: 2 h that evening, 1 h on 1 January
        assertThat(nanos(LATE, at(NEW_YORK, "2025-12-31T21:00"), at(NEW_YORK, "2026-01-01T10:00")))
                .isEqualTo(hours(3));
        // Friday 1 January 2027, 05:00 JST is 2026-12-31T20:00Z: 5 h on Thursday the 31st from 05:00, 4 h on the 1st
        assertThat(nanos(EARLY, at(TOKYO, "2026-12-31T05:00"), at(TOKYO, "2027-01-01T05:00")))
                .isEqualTo(hours(9));
        // Thursday 1 January 2026, 05:00 JST is 2025-12-31T20:00Z
        assertThat(nanos(EARLY, at(TOKYO, "2025-12-31T05:00"), at(TOKYO, "2026-01-01T05:00")))
                .isEqualTo(hours(9));
        // 31 December 2026, 09:30 JST lies on the same UTC date, the end (05:00 JST on the 1st) on the 31st too:
        // half an hour on Thursday, 4 h on Friday
        assertThat(nanos(EARLY, at(TOKYO, "2026-12-31T09:30"), at(TOKYO, "2027-01-01T05:00")))
                .isEqualTo(hours(4) + Duration.ofMinutes(30).toNanos());
    }

    @Test
    void aShiftFromLocalMidnightCountsTheFractionOfItsFirstSecond() {
        // Tuesday 2 June 2026 from half a second after midnight to a quarter second after Wednesday's midnight:
        // the 9 h of Tuesday less the first half second, plus Wednesday's first quarter second
        long expected = hours(9) - 250_000_000L;
        // 00:00 EDT is 04:00Z on the same date
        assertThat(nanos(NIGHT_NEW_YORK, at(NEW_YORK, "2026-06-02T00:00:00.5"), at(NEW_YORK, "2026-06-03T00:00:00.25")))
                .isEqualTo(expected);
        // 00:00 JST is 15:00Z on the date before
        assertThat(nanos(NIGHT_TOKYO, at(TOKYO, "2026-06-02T00:00:00.5"), at(TOKYO, "2026-06-03T00:00:00.25")))
                .isEqualTo(expected);
        // the same instants a whole second later lie inside the first second of work
        assertThat(nanos(NIGHT_TOKYO, at(TOKYO, "2026-06-02T00:00:01.5"), at(TOKYO, "2026-06-02T00:00:02")))
                .isEqualTo(500_000_000L);
    }

    @Test
    void instantsOnTheUtcDatesAroundTheYearOfTheLastLookUpAreCountedInTheirOwnYear() {
        BusinessCalendar utc = BusinessCalendar.weekly(ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .build();
        Instant june = Instant.parse("2026-06-01T12:00:00Z");
        // Friday 1 January 2027 from noon (5 h) to Monday the 4th at noon (3 h), asked while 2026 is the last year
        utc.workingTimeBetween(june, june);
        assertThat(utc.workingNanosBetween(Instant.parse("2027-01-01T12:00:00Z"), Instant.parse("2027-01-04T12:00:00Z")))
                .isEqualTo(hours(8));
        utc.workingTimeBetween(june, june);
        assertThat(utc.workingNanosBetween(Instant.parse("2027-03-01T12:00:00Z"), Instant.parse("2027-03-02T12:00:00Z")))
                .isEqualTo(hours(8));
        // Wednesday 31 December 2025 from noon (5 h) to Thursday 1 January 2026 at noon (3 h)
        utc.workingTimeBetween(june, june);
        assertThat(utc.workingNanosBetween(Instant.parse("2025-12-31T12:00:00Z"), Instant.parse("2026-01-01T12:00:00Z")))
                .isEqualTo(hours(8));
    }

    @Test
    void theDaysJustOutsideTheSupportedYearsAreRejectedAfterALookUpInTheFirstOrLastYear() {
        BusinessCalendar always = BusinessCalendar.weekly(ZoneOffset.UTC).allDay(DayOfWeek.values()).build();
        Instant firstYear = Instant.parse("0001-01-05T12:00:00Z");
        always.workingTimeBetween(firstYear, firstYear);
        assertThat(always.workingNanosBetween(Instant.parse("0001-01-02T00:00:00Z"), Instant.parse("0001-01-02T12:00:00Z")))
                .isEqualTo(hours(12));
        // 0001-01-01 is in the table of year 1 but before the first supported date
        assertThatThrownBy(() -> always.workingNanosBetween(
                Instant.parse("0001-01-01T10:00:00Z"), Instant.parse("0001-01-01T12:00:00Z")))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("a"));
        assertThatThrownBy(() -> always.workingNanosBetween(
                Instant.parse("0001-01-01T12:00:00Z"), Instant.parse("0001-01-02T12:00:00Z")))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("a"));

        Instant lastYear = Instant.parse("9999-12-30T12:00:00Z");
        always.workingTimeBetween(lastYear, lastYear);
        assertThat(always.workingNanosBetween(Instant.parse("9999-12-30T00:00:00Z"), lastYear))
                .isEqualTo(hours(12));
        // 9999-12-31 is in the table of year 9999 but after the last supported date
        assertThatThrownBy(() -> always.workingNanosBetween(
                Instant.parse("9999-12-31T10:00:00Z"), Instant.parse("9999-12-31T12:00:00Z")))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("a"));
        assertThatThrownBy(() -> always.workingNanosBetween(lastYear, Instant.parse("9999-12-31T12:00:00Z")))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("b"));
    }

    @Test
    void aCalendarsFirstQueryCountsTheFractionsOfBothInstants() {
        BusinessCalendar fresh = BusinessCalendar.weekly(NEW_YORK)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(23, 0))
                .build();
        Instant from = at(NEW_YORK, "2026-06-01T10:00:00.25");
        Instant to = at(NEW_YORK, "2026-06-01T12:00:00.75");
        // no look-up before this one: 2 h and the half second between the two fractions
        assertThat(fresh.workingNanosBetween(from, to)).isEqualTo(hours(2) + 500_000_000L);
        assertThat(fresh.workingNanosBetween(from, to)).isEqualTo(hours(2) + 500_000_000L);
    }
}
