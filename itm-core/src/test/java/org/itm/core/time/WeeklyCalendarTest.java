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
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.junit.jupiter.api.Test;

class WeeklyCalendarTest {

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

    private static WeeklyCalendarBuilder office() {
        return BusinessCalendar.weekly(BERLIN).hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, NINE, FIVE_PM);
    }

    private static BusinessCalendar nightShift() {
        return BusinessCalendar.weekly(NEW_YORK).hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "22:00-06:00").build();
    }

    @Test
    void berlinPublicHolidaysFromJollydayCloseGoodFridayAndEasterMonday() {
        BusinessCalendar cal = office().holidays(HolidayProvider.publicHolidays("de", "be")).build();

        assertThat(cal.isWorkingDay(LocalDate.of(2026, 4, 2))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
        // Thursday 16:00-17:00 and Tuesday 09:00-10:00
        assertThat(cal.workingTimeBetween(berlin(2026, 4, 2, 16, 0), berlin(2026, 4, 7, 10, 0)))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void publicHolidaysCrossTheYearBoundary() {
        BusinessCalendar cal = office().holidays(HolidayProvider.publicHolidays("de", "be")).build();

        // Thursday 31 Dec 16:00-17:00, Friday 1 Jan (New Year's Day) closed, Monday 4 Jan 09:00-10:00
        assertThat(cal.workingTimeBetween(berlin(2026, 12, 31, 16, 0), berlin(2027, 1, 4, 10, 0)))
                .isEqualTo(Duration.ofHours(2));
        assertThat(cal.addWorkingTime(berlin(2026, 12, 31, 16, 0), Duration.ofHours(2)))
                .isEqualTo(berlin(2027, 1, 4, 10, 0));
    }

    @Test
    void partialHolidayClosesOnlyItsTimeRange() {
        BusinessCalendar cal = office().closed(LocalDate.of(2026, 12, 31), LocalTime.NOON, LocalTime.MIDNIGHT).build();

        assertThat(cal.workingTimeBetween(berlin(2026, 12, 31, 0, 0), berlin(2027, 1, 1, 0, 0)))
                .isEqualTo(Duration.ofHours(3));
        assertThat(cal.isWorking(berlin(2026, 12, 31, 11, 59))).isTrue();
        assertThat(cal.isWorking(berlin(2026, 12, 31, 12, 0))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
    }

    @Test
    void extraWorkingSaturdayCountsItsOwnHours() {
        BusinessCalendar cal = office()
                .extraWorkingDay(LocalDate.of(2026, 6, 13), LocalTime.of(10, 0), LocalTime.of(14, 0))
                .build();

        assertThat(cal.isWorkingDay(LocalDate.of(2026, 6, 13))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 6, 20))).isFalse();
        // Friday 16:00-17:00, Saturday 10:00-14:00, Monday 09:00-10:00
        assertThat(cal.workingTimeBetween(berlin(2026, 6, 12, 16, 0), berlin(2026, 6, 15, 10, 0)))
                .isEqualTo(Duration.ofHours(6));
        assertThat(cal.addWorkingTime(berlin(2026, 6, 12, 16, 0), Duration.ofHours(3)))
                .isEqualTo(berlin(2026, 6, 13, 12, 0));
    }

    @Test
    void extraWorkingDayOverridesAProviderHoliday() {
        BusinessCalendar cal = office()
                .holidays(HolidayProvider.publicHolidays("de", "be"))
                .extraWorkingDay(LocalDate.of(2026, 5, 1), NINE, LocalTime.NOON)
                .build();

        assertThat(cal.workingTimeBetween(berlin(2026, 5, 1, 0, 0), berlin(2026, 5, 2, 0, 0)))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void nextWorkingInstantSkipsTheWeekend() {
        BusinessCalendar cal = office().build();

        assertThat(cal.nextWorkingInstant(berlin(2026, 3, 27, 18, 0))).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(cal.nextWorkingInstant(berlin(2026, 3, 27, 10, 0))).isEqualTo(berlin(2026, 3, 27, 10, 0));
        assertThat(cal.nextWorkingInstant(berlin(2026, 3, 27, 17, 0))).isEqualTo(berlin(2026, 3, 30, 9, 0));
    }

    @Test
    void nightShiftIntervalsAreMergedAcrossMidnight() {
        BusinessCalendar cal = nightShift();

        List<TimeInterval> intervals = cal.workingIntervals(newYork(2026, 11, 9, 0, 0), newYork(2026, 11, 11, 12, 0));

        assertThat(intervals).containsExactly(
                TimeInterval.of(newYork(2026, 11, 9, 22, 0), newYork(2026, 11, 10, 6, 0)),
                TimeInterval.of(newYork(2026, 11, 10, 22, 0), newYork(2026, 11, 11, 6, 0)));
    }

    @Test
    void nightShiftMakesSaturdayMorningWorkingButNotMondayMorning() {
        BusinessCalendar cal = nightShift();

        assertThat(cal.isWorking(newYork(2026, 11, 7, 5, 59))).isTrue();
        assertThat(cal.isWorking(newYork(2026, 11, 9, 5, 0))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 11, 7))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 11, 8))).isFalse();
    }

    @Test
    void holidayOnTheMorningAfterRemovesThePartOfTheShiftAfterMidnight() {
        BusinessCalendar cal = BusinessCalendar.weekly(NEW_YORK)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "22:00-06:00")
                .holiday(LocalDate.of(2026, 11, 7))
                .build();

        assertThat(cal.workingTimeBetween(newYork(2026, 11, 6, 0, 0), newYork(2026, 11, 8, 0, 0)))
                .isEqualTo(Duration.ofHours(6 + 2));
    }

    @Test
    void clockChangesInsideWorkingHoursShortenAndLengthenTheDay() {
        BusinessCalendar cal = BusinessCalendar.weekly(BERLIN).hours(DayOfWeek.SUNDAY, "00:00-12:00").build();

        assertThat(cal.workingTimeBetween(berlin(2026, 3, 29, 0, 0), berlin(2026, 3, 30, 0, 0)))
                .isEqualTo(Duration.ofHours(11));
        assertThat(cal.workingTimeBetween(berlin(2026, 10, 25, 0, 0), berlin(2026, 10, 26, 0, 0)))
                .isEqualTo(Duration.ofHours(13));
    }

    @Test
    void localTimeInTheSpringForwardGapMeansTheInstantTheClocksJump() {
        BusinessCalendar cal = BusinessCalendar.weekly(BERLIN).hours(DayOfWeek.SUNDAY, "02:30-04:00").build();

        List<TimeInterval> intervals = cal.workingIntervals(berlin(2026, 3, 29, 0, 0), berlin(2026, 3, 30, 0, 0));

        assertThat(intervals).containsExactly(
                TimeInterval.of(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-03-29T02:00:00Z")));
    }

    @Test
    void rangeEndingInTheFallBackOverlapCountsBothOccurrencesOfItsRepeatedPart() {
        BusinessCalendar cal = BusinessCalendar.weekly(BERLIN).hours(DayOfWeek.SUNDAY, "01:00-02:30").build();

        List<TimeInterval> intervals = cal.workingIntervals(berlin(2026, 10, 25, 0, 0), berlin(2026, 10, 26, 0, 0));

        // 01:00 CEST (23:00Z) to the first 02:30 (00:30Z, still CEST); after the clocks go back from 03:00 CEST
        // to 02:00 CET (01:00Z) the wall clock shows 02:00-02:30 again (01:00Z-01:30Z)
        assertThat(intervals).containsExactly(
                TimeInterval.of(Instant.parse("2026-10-24T23:00:00Z"), Instant.parse("2026-10-25T00:30:00Z")),
                TimeInterval.of(Instant.parse("2026-10-25T01:00:00Z"), Instant.parse("2026-10-25T01:30:00Z")));
        assertThat(cal.workingTimeBetween(berlin(2026, 10, 25, 0, 0), berlin(2026, 10, 26, 0, 0)))
                .isEqualTo(Duration.ofSeconds(7_200));
    }

    @Test
    void rangeInsideTheRepeatedHourCountsBothOccurrencesAndNothingOutsideIt() {
        BusinessCalendar cal = BusinessCalendar.weekly(BERLIN).hours(DayOfWeek.SUNDAY, "02:30-03:00").build();
        Instant sunday = berlin(2026, 10, 25, 0, 0);
        Instant monday = berlin(2026, 10, 26, 0, 0);

        // 02:30-03:00 CEST (00:30Z-01:00Z) and 02:30-03:00 CET (01:30Z-02:00Z); 02:00-02:30 CET is outside
        assertThat(cal.workingIntervals(sunday, monday)).containsExactly(
                TimeInterval.of(Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:00:00Z")),
                TimeInterval.of(Instant.parse("2026-10-25T01:30:00Z"), Instant.parse("2026-10-25T02:00:00Z")));
        assertThat(cal.workingTimeBetween(sunday, monday).getSeconds()).isEqualTo(3_600);
        assertThat(cal.workingNanosBetween(sunday, monday)).isEqualTo(3_600_000_000_000L);
        assertThat(cal.isWorking(Instant.parse("2026-10-25T01:15:00Z"))).isFalse();
        assertThat(cal.nextWorkingInstant(Instant.parse("2026-10-25T01:00:00Z")))
                .isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
        assertThat(cal.addWorkingTime(sunday, Duration.ofMinutes(45)))
                .isEqualTo(Instant.parse("2026-10-25T01:45:00Z"));
    }

    @Test
    void dayStartingInAMidnightGapStartsWhenTheClocksJump() {
        ZoneId beirut = ZoneId.of("Asia/Beirut");
        BusinessCalendar cal = BusinessCalendar.weekly(beirut).hours(DayOfWeek.SUNDAY, "00:00-08:00").build();

        // on Sunday 29 March 2026 Beirut skips 00:00-01:00
        List<TimeInterval> intervals = cal.workingIntervals(Instant.parse("2026-03-28T00:00:00Z"),
                Instant.parse("2026-03-30T00:00:00Z"));

        assertThat(intervals).containsExactly(
                TimeInterval.of(Instant.parse("2026-03-28T22:00:00Z"), Instant.parse("2026-03-29T05:00:00Z")));
    }

    @Test
    void severalShiftsPerDayAreCountedSeparately() {
        BusinessCalendar cal = BusinessCalendar.weekly(BERLIN)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "08:00-12:00, 13:00-17:00")
                .build();

        assertThat(cal.isWorking(berlin(2026, 6, 1, 12, 30))).isFalse();
        assertThat(cal.addWorkingTime(berlin(2026, 6, 1, 11, 0), Duration.ofHours(2))).isEqualTo(berlin(2026, 6, 1, 14, 0));
        assertThat(cal.workingTimeBetween(berlin(2026, 6, 1, 0, 0), berlin(2026, 6, 8, 0, 0)))
                .isEqualTo(Duration.ofHours(40));
    }

    @Test
    void workingTimeOverADecadeMatchesTheNumberOfWeekdays() {
        BusinessCalendar cal = BusinessCalendar.weekdays(BERLIN, NINE, FIVE_PM);
        long weekdays = LocalDate.of(2020, 1, 1).datesUntil(LocalDate.of(2030, 1, 1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5).count();

        assertThat(cal.workingTimeBetween(berlin(2020, 1, 1, 0, 0), berlin(2030, 1, 1, 0, 0)))
                .isEqualTo(Duration.ofHours(8 * weekdays));
        assertThat(cal.addWorkingTime(berlin(2020, 1, 1, 0, 0), Duration.ofHours(8 * weekdays)))
                .isEqualTo(berlin(2029, 12, 31, 17, 0));
    }

    @Test
    void fractionsOfASecondCountOnlyInsideWorkingTime() {
        BusinessCalendar cal = office().build();
        Instant working = berlin(2026, 6, 1, 10, 0).plusNanos(250_000_000);
        Instant closed = berlin(2026, 6, 1, 18, 0).plusNanos(750_000_000);

        assertThat(cal.workingTimeBetween(working, closed)).isEqualTo(Duration.ofMinutes(420).minusMillis(250));
        assertThat(cal.addWorkingTime(closed, Duration.ofNanos(1))).isEqualTo(berlin(2026, 6, 2, 9, 0).plusNanos(1));
        assertThat(cal.addWorkingTime(closed, Duration.ZERO)).isEqualTo(closed);
    }

    @Test
    void addingTimeEndsAtTheEndOfAShiftRatherThanTheStartOfTheNext() {
        BusinessCalendar cal = office().build();

        assertThat(cal.addWorkingTime(berlin(2026, 6, 1, 16, 0), Duration.ofHours(1))).isEqualTo(berlin(2026, 6, 1, 17, 0));
    }

    @Test
    void twentyFourSevenAnswersEverythingWithElapsedTime() {
        BusinessCalendar cal = BusinessCalendar.twentyFourSeven(BERLIN);
        Instant a = berlin(2026, 10, 24, 12, 0);
        Instant b = berlin(2026, 10, 25, 12, 0);

        assertThat(cal.workingTimeBetween(a, b)).isEqualTo(Duration.ofHours(25));
        assertThat(cal.workingTimeBetween(b, a)).isEqualTo(Duration.ofHours(-25));
        assertThat(cal.addWorkingTime(a, Duration.ofHours(25))).isEqualTo(b);
        assertThat(cal.nextWorkingInstant(a)).isEqualTo(a);
        assertThat(cal.workingIntervals(a, b)).containsExactly(TimeInterval.of(a, b));
        assertThat(cal.isWorking(a)).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(cal.zone()).isEqualTo(BERLIN);
    }

    // ----- bad input -----

    private static List<String> paths(ItmValidationException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    void negativeNanosecondsToAddAreRejectedNamingTheField() {
        for (BusinessCalendar cal : List.of(office().build(), BusinessCalendar.twentyFourSeven(BERLIN),
                new DurationOnlyCalendar(BusinessCalendar.twentyFourSeven(BERLIN)))) {
            assertThatThrownBy(() -> cal.addWorkingNanos(berlin(2026, 6, 1, 10, 0), -1))
                    .isInstanceOfSatisfying(ItmValidationException.class,
                            e -> assertThat(paths(e)).as("%s", cal).containsExactly("nanos"));
        }
    }

    @Test
    void workingTimeTooLongForNanosecondsIsRejectedNamingTheField() {
        Instant a = Instant.parse("1700-01-01T00:00:00Z");
        Instant b = Instant.parse("2100-01-01T00:00:00Z");
        for (BusinessCalendar cal : List.of(BusinessCalendar.weekly(BERLIN).allDay(DayOfWeek.values()).build(),
                BusinessCalendar.twentyFourSeven(BERLIN),
                new DurationOnlyCalendar(BusinessCalendar.twentyFourSeven(BERLIN)))) {
            assertThatThrownBy(() -> cal.workingNanosBetween(a, b))
                    .isInstanceOfSatisfying(ItmValidationException.class, e -> {
                        assertThat(paths(e)).as("%s", cal).containsExactly("b");
                        assertThat(e.getMessage()).contains("292 years");
                    });
            // the Duration form has the room
            assertThat(cal.workingTimeBetween(a, b).toDays()).isGreaterThan(146_000);
        }
    }

    @Test
    void aCalendarWithoutTheNanosecondQueriesAnswersThemThroughItsDurationOnes() {
        BusinessCalendar office = office().build();
        BusinessCalendar plain = new DurationOnlyCalendar(office);
        Instant a = berlin(2026, 6, 1, 16, 30);
        Instant b = berlin(2026, 6, 3, 10, 15);

        assertThat(plain.workingNanosBetween(a, b)).isEqualTo(Duration.ofMinutes(30 + 8 * 60 + 75).toNanos());
        assertThat(plain.addWorkingNanos(a, Duration.ofHours(1).toNanos())).isEqualTo(berlin(2026, 6, 2, 9, 30));
    }

    /** A user's own calendar that implements only the abstract methods (delegating to another). */
    private record DurationOnlyCalendar(BusinessCalendar delegate) implements BusinessCalendar {
        @Override
        public java.time.ZoneId zone() {
            return delegate.zone();
        }

        @Override
        public boolean isWorking(Instant t) {
            return delegate.isWorking(t);
        }

        @Override
        public boolean isWorkingDay(LocalDate date) {
            return delegate.isWorkingDay(date);
        }

        @Override
        public Duration workingTimeBetween(Instant a, Instant b) {
            return delegate.workingTimeBetween(a, b);
        }

        @Override
        public Instant addWorkingTime(Instant t, Duration d) {
            return delegate.addWorkingTime(t, d);
        }

        @Override
        public Instant nextWorkingInstant(Instant t) {
            return delegate.nextWorkingInstant(t);
        }

        @Override
        public List<TimeInterval> workingIntervals(Instant a, Instant b) {
            return delegate.workingIntervals(a, b);
        }
    }

    @Test
    void overlappingShiftsAreRejectedNamingTheLaterEntry() {
        assertThatThrownBy(() -> BusinessCalendar.weekly(BERLIN)
                .hours(DayOfWeek.MONDAY, "09:00-17:00")
                .hours(DayOfWeek.MONDAY, "16:00-18:00")
                .build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> {
                    assertThat(paths(e)).containsExactly("hours[1]");
                    assertThat(e.getMessage()).contains("overlaps hours[0]");
                });
    }

    @Test
    void nightShiftRunningIntoTheNextMorningsShiftIsAnOverlap() {
        assertThatThrownBy(() -> BusinessCalendar.weekly(BERLIN)
                .hours(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
                .hours(DayOfWeek.MONDAY, LocalTime.of(5, 0), LocalTime.of(9, 0))
                .build())
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(paths(e)).containsExactly("hours[1]"));
    }

    @Test
    void everyBadEntryIsReportedAtOnce() {
        WeeklyCalendarBuilder builder = BusinessCalendar.weekly(BERLIN)
                .hours(DayOfWeek.MONDAY, "9-17")
                .hours(DayOfWeek.TUESDAY, LocalTime.of(9, 0, 0, 5), FIVE_PM)
                .hours(DayOfWeek.WEDNESDAY, NINE, NINE)
                .hours(null, NINE, FIVE_PM)
                .holiday(LocalDate.of(2026, 12, 24))
                .extraWorkingDay(LocalDate.of(2026, 12, 24), NINE, FIVE_PM)
                .closed(LocalDate.of(2026, 12, 31), FIVE_PM, NINE)
                .holidays((HolidayProvider) null);

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactlyInAnyOrder(
                        "hours[0]", "hours[1]", "hours[2]", "hours[3]", "extraWorkingDays[0]", "closures[0]",
                        "holidayProviders[0]"));
    }

    @Test
    void unknownCountryOrRegionIsRejectedByName() {
        assertThatThrownBy(() -> HolidayProvider.publicHolidays("zz"))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(paths(e)).containsExactly("country"));
        assertThatThrownBy(() -> HolidayProvider.publicHolidays("de", "xx"))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(paths(e)).containsExactly("regions[0]"));
    }

    @Test
    void queriesRejectNullsNegativeDurationsAndReversedIntervals() {
        BusinessCalendar cal = office().build();
        Instant t = berlin(2026, 6, 1, 10, 0);

        assertThatThrownBy(() -> cal.addWorkingTime(t, Duration.ofMinutes(-1)))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("d"));
        assertThatThrownBy(() -> cal.workingTimeBetween(null, t))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("a"));
        assertThatThrownBy(() -> cal.workingIntervals(t, t.minusSeconds(1)))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("b"));
        assertThatThrownBy(() -> BusinessCalendar.weekly(null))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("zone"));
    }

    @Test
    void addingTimeToACalendarWithoutWorkingTimeFailsInsteadOfSearchingForever() {
        BusinessCalendar cal = BusinessCalendar.weekly(BERLIN)
                .extraWorkingDay(LocalDate.of(2026, 6, 13), NINE, FIVE_PM)
                .build();

        assertThat(cal.addWorkingTime(berlin(2026, 1, 1, 0, 0), Duration.ofHours(8))).isEqualTo(berlin(2026, 6, 13, 17, 0));
        assertThatThrownBy(() -> cal.addWorkingTime(berlin(2026, 1, 1, 0, 0), Duration.ofHours(9)))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("d"));
        assertThatThrownBy(() -> cal.nextWorkingInstant(berlin(2026, 7, 1, 0, 0)))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("t"));
    }

    @Test
    void instantsOutsideTheSupportedYearsAreRejected() {
        BusinessCalendar cal = office().build();

        assertThatThrownBy(() -> cal.isWorking(Instant.MAX))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(paths(e)).containsExactly("t"));
    }
}
