package org.itm.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.junit.jupiter.api.Test;

/**
 * The weekly calendar at the edges of its year tables: the first and last supported dates, years outside the
 * cached centuries, New Year's Eve in zones behind UTC and local midnight in zones ahead of it, clock changes at
 * midnight and at the edge of a shift, fractions of a second carried across a shift's end, and sums of working
 * time that cross years, decades of holidays or the last supported year.
 */
class WeeklyCalendarEdgesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

    private static Instant berlin(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(BERLIN).toInstant();
    }

    private static Instant newYork(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(NEW_YORK).toInstant();
    }

    private static BusinessCalendar berlinOffice() {
        return BusinessCalendar.weekly(BERLIN).hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, NINE, FIVE_PM).build();
    }

    private static BusinessCalendar always(ZoneId zone) {
        return BusinessCalendar.weekly(zone).allDay(DayOfWeek.values()).build();
    }

    private static Set<String> paths(ItmValidationException e) {
        return e.violations().stream().map(Violation::path).collect(Collectors.toSet());
    }

    @Test
    void theFirstAndLastSupportedDatesAnswerAndTheDaysBeyondAreRejected() {
        BusinessCalendar cal = always(ZoneOffset.UTC);

        assertThat(cal.isWorkingDay(LocalDate.of(1, 1, 2))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(9999, 12, 30))).isTrue();
        assertThat(cal.isWorking(Instant.parse("0001-01-02T12:00:00Z"))).isTrue();
        assertThat(cal.isWorking(Instant.parse("9999-12-30T12:00:00Z"))).isTrue();
        assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(1, 1, 1)))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("date"));
        assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(9999, 12, 31)))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("date"));
        assertThatThrownBy(() -> cal.isWorking(Instant.parse("0001-01-01T12:00:00Z")))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("t"));
        assertThatThrownBy(() -> cal.isWorking(Instant.parse("9999-12-31T12:00:00Z")))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("t"));
    }

    @Test
    void weeksOnEitherSideOfTheCachedCenturiesHaveTheirFortyHours() {
        BusinessCalendar cal = BusinessCalendar.weekly(ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, NINE, FIVE_PM).build();

        // Monday 27 December 1599 to Monday 3 January 1600, Friday 27 December 2599 to Friday 3 January 2600
        assertThat(cal.workingTimeBetween(Instant.parse("1599-12-27T00:00:00Z"), Instant.parse("1600-01-03T00:00:00Z")))
                .isEqualTo(Duration.ofHours(40));
        assertThat(cal.workingTimeBetween(Instant.parse("2599-12-27T00:00:00Z"), Instant.parse("2600-01-03T00:00:00Z")))
                .isEqualTo(Duration.ofHours(40));
        assertThat(cal.isWorkingDay(LocalDate.of(1599, 12, 31))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(1600, 1, 1))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2600, 1, 1))).isTrue();
        assertThat(cal.addWorkingTime(Instant.parse("2599-12-31T16:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2600-01-01T10:00:00Z"));
    }

    @Test
    void newYearsEveEveningInAZoneBehindUtcBelongsToTheOldYear() {
        BusinessCalendar cal = BusinessCalendar.weekly(NEW_YORK).hours(DayOfWeek.THURSDAY, "18:00-23:00").build();

        // Thursday 31 December 2026, 22:00 in New York is already 1 January 2027 in UTC
        assertThat(cal.isWorking(newYork(2026, 12, 31, 22, 0))).isTrue();
        assertThat(cal.workingTimeBetween(newYork(2026, 12, 31, 17, 0), newYork(2027, 1, 1, 0, 0)))
                .isEqualTo(Duration.ofHours(5));
    }

    @Test
    void aShiftStartingAtLocalMidnightInAZoneAheadOfUtcWorksFromItsFirstInstant() {
        BusinessCalendar cal = BusinessCalendar.weekly(BERLIN).hours(DayOfWeek.MONDAY, "00:00-06:00").build();
        Instant midnight = berlin(2026, 6, 1, 0, 0);

        assertThat(cal.isWorking(midnight)).isTrue();
        assertThat(cal.isWorking(midnight.minusNanos(1))).isFalse();
        assertThat(cal.workingTimeBetween(berlin(2026, 5, 31, 23, 0), berlin(2026, 6, 1, 1, 0)))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theEveningBeforeAMidnightClockChangeKeepsItsOwnShift() {
        // Beirut skips 00:00-01:00 on Sunday 29 March 2026: Saturday's shift ends when the clocks jump
        BusinessCalendar cal = BusinessCalendar.weekly(ZoneId.of("Asia/Beirut"))
                .hours(DayOfWeek.SATURDAY, "20:00-24:00").hours(DayOfWeek.SUNDAY, "00:00-08:00").build();

        assertThat(cal.isWorking(Instant.parse("2026-03-28T19:00:00Z"))).isTrue();
        assertThat(cal.workingTimeBetween(Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z")))
                .isEqualTo(Duration.ofHours(11));
        assertThat(cal.workingIntervals(Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z")))
                .containsExactly(TimeInterval.of(Instant.parse("2026-03-28T18:00:00Z"),
                        Instant.parse("2026-03-29T05:00:00Z")));
    }

    @Test
    void aShiftStartingWhenTheRepeatedHourEndsIsOneInterval() {
        // Berlin, Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET at 01:00 UTC
        BusinessCalendar afterTheChange = BusinessCalendar.weekly(BERLIN).hours(DayOfWeek.SUNDAY, "03:00-05:00").build();
        BusinessCalendar beforeTheChange = BusinessCalendar.weekly(BERLIN).hours(DayOfWeek.SUNDAY, "00:00-02:00").build();
        Instant from = Instant.parse("2026-10-24T22:00:00Z");
        Instant to = Instant.parse("2026-10-25T23:00:00Z");

        assertThat(afterTheChange.workingIntervals(from, to)).containsExactly(
                TimeInterval.of(Instant.parse("2026-10-25T02:00:00Z"), Instant.parse("2026-10-25T04:00:00Z")));
        assertThat(beforeTheChange.workingIntervals(from, to)).containsExactly(
                TimeInterval.of(Instant.parse("2026-10-24T22:00:00Z"), Instant.parse("2026-10-25T00:00:00Z")));
    }

    @Test
    void aRoundTheClockCalendarIsOneIntervalAcrossClockChangesAndTheEpoch() {
        BusinessCalendar cal = always(NEW_YORK);
        // New York left daylight saving on Sunday 26 October 1969
        Instant from = Instant.parse("1969-10-20T00:00:00Z");
        Instant to = Instant.parse("1970-01-05T00:00:00Z");

        assertThat(cal.workingIntervals(from, to)).containsExactly(TimeInterval.of(from, to));
        assertThat(cal.workingTimeBetween(from, to)).isEqualTo(Duration.between(from, to));
    }

    @Test
    void workingIntervalsRunOnIntoTheNextYear() {
        BusinessCalendar cal = berlinOffice();

        assertThat(cal.workingIntervals(berlin(2026, 12, 31, 12, 0), berlin(2027, 1, 4, 10, 0).plusNanos(500)))
                .containsExactly(
                        TimeInterval.of(berlin(2026, 12, 31, 12, 0), berlin(2026, 12, 31, 17, 0)),
                        TimeInterval.of(berlin(2027, 1, 1, 9, 0), berlin(2027, 1, 1, 17, 0)),
                        TimeInterval.of(berlin(2027, 1, 4, 9, 0), berlin(2027, 1, 4, 10, 0).plusNanos(500)));
        assertThat(cal.workingIntervals(berlin(2027, 1, 4, 10, 0), berlin(2027, 1, 4, 10, 0))).isEmpty();
    }

    @Test
    void aFractionOfASecondCarriesOverTheEndOfAShift() {
        BusinessCalendar cal = berlinOffice();
        Instant lateMonday = berlin(2026, 6, 1, 16, 59).plusSeconds(59).plusMillis(700);
        Instant morning = berlin(2026, 6, 1, 10, 0).plusMillis(400);

        // 0.3 s are left on Monday, the other 0.2 s are Tuesday's first
        assertThat(cal.addWorkingNanos(lateMonday, 500_000_000L)).isEqualTo(berlin(2026, 6, 2, 9, 0).plusMillis(200));
        assertThat(cal.addWorkingTime(lateMonday, Duration.ofMillis(500))).isEqualTo(berlin(2026, 6, 2, 9, 0).plusMillis(200));
        assertThat(cal.addWorkingNanos(morning, 1_600_000_000L)).isEqualTo(berlin(2026, 6, 1, 10, 0).plusSeconds(2));
        assertThat(cal.addWorkingNanos(morning, 3 * 3_600_000_000_000L)).isEqualTo(berlin(2026, 6, 1, 13, 0).plusMillis(400));
        assertThat(cal.workingNanosBetween(morning, berlin(2026, 6, 1, 11, 0).plusMillis(750)))
                .isEqualTo(3_600_350_000_000L);
        assertThat(cal.workingNanosBetween(berlin(2026, 6, 1, 11, 0).plusMillis(750), morning))
                .isEqualTo(-3_600_350_000_000L);
    }

    @Test
    void fortyYearsOfRoundTheClockWorkEndFortyYearsLater() {
        BusinessCalendar cal = always(ZoneOffset.UTC);
        Instant start = Instant.parse("2000-01-01T00:00:00Z");
        Duration forty = Duration.between(start, Instant.parse("2040-01-01T00:00:00Z"));

        assertThat(cal.addWorkingTime(start, forty)).isEqualTo(Instant.parse("2040-01-01T00:00:00Z"));
    }

    @Test
    void addingTimeGivesUpAfterThirtyYearsWithoutWorkingTime() {
        // from 2027 on, every date is a holiday
        HolidayProvider closedForever = year -> year.getValue() < 2027 ? Set.of()
                : year.atDay(1).datesUntil(year.plusYears(1).atDay(1)).collect(Collectors.toSet());
        BusinessCalendar cal = BusinessCalendar.weekly(BERLIN).hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, NINE, FIVE_PM)
                .holidays(closedForever).build();

        assertThat(cal.addWorkingTime(berlin(2026, 12, 31, 16, 0), Duration.ofHours(1))).isEqualTo(berlin(2026, 12, 31, 17, 0));
        // 2027 to 2056 are the thirty idle years searched
        assertThatThrownBy(() -> cal.addWorkingTime(berlin(2026, 12, 31, 16, 0), Duration.ofHours(2)))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("d"))
                .hasMessageContaining("no working time after 2056-12-31T23:00:00Z");
    }

    @Test
    void extraWorkingDaysOnlyAreFoundInTheYearOfTheLastOne() {
        BusinessCalendar cal = BusinessCalendar.weekly(BERLIN)
                .extraWorkingDay(LocalDate.of(2026, 12, 5), NINE, FIVE_PM)
                .extraWorkingDay(LocalDate.of(2027, 1, 9), NINE, FIVE_PM)
                .build();

        assertThat(cal.addWorkingTime(berlin(2026, 12, 1, 0, 0), Duration.ofHours(16))).isEqualTo(berlin(2027, 1, 9, 17, 0));
        assertThatThrownBy(() -> cal.addWorkingTime(berlin(2026, 12, 1, 0, 0), Duration.ofHours(17)))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("d"))
                .hasMessageContaining("no working time after 2027-12-31T23:00:00Z");
    }

    @Test
    void addingTimeMayEndInTheLastSupportedYearButNotBeyondIt() {
        BusinessCalendar cal = always(ZoneOffset.UTC);

        assertThat(cal.addWorkingTime(Instant.parse("9998-12-31T12:00:00Z"), Duration.ofDays(1)))
                .isEqualTo(Instant.parse("9999-01-01T12:00:00Z"));
        assertThatThrownBy(() -> cal.addWorkingTime(Instant.parse("9998-12-31T12:00:00Z"), Duration.ofDays(400)))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("d"))
                .hasMessageContaining("after 9999-12-30");
    }

    @Test
    void aWeeklyCalendarDescribesItsHours() {
        BusinessCalendar cal = BusinessCalendar.weekly(BERLIN).hours(DayOfWeek.MONDAY, NINE, FIVE_PM)
                .holiday(LocalDate.of(2026, 12, 28)).build();

        assertThat(cal).hasToString("weekly calendar in Europe/Berlin [MONDAY 09:00-17:00], 1 holidays, "
                + "0 partial closures, 0 extra working days");
    }
}
