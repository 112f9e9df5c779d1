package org.itm.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

/**
 * A builder given several bad entries of every kind reports each of them once, under the path of the entry it was
 * given as (its kind and the order it was added in), and nothing for the good entries between them.
 */
class WeeklyCalendarBuilderViolationsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String AFTER_START =
            ": end must be after start within the date (00:00 as end means midnight)";

    @SuppressWarnings("NullAway") // a caller that passes null is what this test is about
    private static LocalDate missingDate() {
        return null;
    }

    @SuppressWarnings("NullAway")
    private static LocalTime missingTime() {
        return null;
    }

    @SuppressWarnings("NullAway")
    private static DayOfWeek missingDay() {
        return null;
    }

    private static void assertViolations(WeeklyCalendarBuilder b, String... expected) {
        assertThatThrownBy(b::build).isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(
                e.violations().stream().map(v -> v.path() + " | " + v.message()).toList()).containsExactly(expected));
    }

    @Test
    void everyBadEntryOfEveryKindIsReportedOnceUnderItsOwnPath() {
        WeeklyCalendarBuilder b = BusinessCalendar.weekly(ZoneId.of("Europe/Berlin"))
                .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .hours(DayOfWeek.TUESDAY, LocalTime.of(10, 0, 0, 500), LocalTime.of(12, 0, 0, 1))
                .hours(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(9, 0))
                .hours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(13, 0))
                .hours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                .hours(DayOfWeek.FRIDAY, LocalTime.of(11, 0), LocalTime.of(14, 0))
                .hours(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(2, 0))
                .hours(DayOfWeek.MONDAY, LocalTime.of(1, 0), LocalTime.of(3, 0))
                .hours(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, LocalTime.of(8, 0), LocalTime.of(9, 0))
                .allDay(DayOfWeek.SATURDAY)
                .hours(DayOfWeek.THURSDAY, LocalTime.of(7, 0), LocalTime.of(7, 0))
                .holiday(LocalDate.of(2026, 12, 25))
                .holiday(LocalDate.of(1, 1, 1))
                .closed(LocalDate.of(2026, 12, 24), LocalTime.of(12, 0), LocalTime.of(17, 0))
                .closed(LocalDate.of(10000, 1, 1), LocalTime.of(12, 0), LocalTime.of(17, 0))
                .closed(LocalDate.of(2026, 12, 31), LocalTime.of(15, 0), LocalTime.of(14, 0))
                .closed(LocalDate.of(2026, 12, 25), LocalTime.of(9, 0), LocalTime.of(10, 0))
                .closed(LocalDate.of(2026, 12, 30), LocalTime.of(9, 0, 0, 7), LocalTime.of(10, 0))
                .closed(missingDate(), LocalTime.of(9, 0), LocalTime.of(10, 0))
                .extraWorkingDay(LocalDate.of(2026, 3, 7), LocalTime.of(10, 0), LocalTime.of(14, 0))
                .extraWorkingDay(LocalDate.of(2026, 3, 7), LocalTime.of(13, 0), LocalTime.of(16, 0))
                .extraWorkingDay(LocalDate.of(2026, 3, 7), LocalTime.of(15, 0), LocalTime.of(17, 0))
                .extraWorkingDay(LocalDate.of(2026, 3, 7), LocalTime.of(17, 0), LocalTime.of(18, 0))
                .extraWorkingDay(LocalDate.of(2026, 12, 25), LocalTime.of(10, 0), LocalTime.of(12, 0))
                .extraWorkingDay(LocalDate.of(1, 1, 1), LocalTime.of(10, 0), LocalTime.of(12, 0, 0, 3));
        String range = "date must lie between 0001-01-02 and 9999-12-30, was ";
        assertThatThrownBy(b::build).isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(
                e.violations().stream().map(v -> v.path() + " | " + v.message()).toList()).containsExactly(
                "hours[1] | start must be whole seconds, was 10:00:00.000000500",
                "hours[1] | end must be whole seconds, was 12:00:00.000000001",
                "hours[2] | WEDNESDAY 09:00-09:00: start equals end; for a whole day use allDay(...) or 00:00-24:00",
                "hours[10] | THURSDAY 07:00-07:00: start equals end; for a whole day use allDay(...) or 00:00-24:00",
                // overlaps in the order of the week; the shift added later is the one named
                "hours[7] | MONDAY 01:00-03:00 overlaps hours[6] (SUNDAY 22:00-02:00)",
                "hours[3] | MONDAY 12:00-13:00 overlaps hours[0] (MONDAY 09:00-17:00)",
                "hours[5] | FRIDAY 11:00-14:00 overlaps hours[4] (FRIDAY 09:00-12:00)",
                "hours[9] | SATURDAY 00:00-00:00 overlaps hours[8] (SATURDAY 08:00-09:00)",
                "holidays[1] | " + range + "0001-01-01",
                "extraWorkingDays[4] | 2026-12-25 is also declared a full-day holiday; remove one of the two",
                "extraWorkingDays[5] | " + range + "0001-01-01",
                "extraWorkingDays[5] | end must be whole seconds, was 12:00:00.000000003",
                // 17:00-18:00 only touches 15:00-17:00: no overlap
                "extraWorkingDays[1] | 2026-03-07 13:00-16:00 overlaps extraWorkingDays[0]",
                "extraWorkingDays[2] | 2026-03-07 15:00-17:00 overlaps extraWorkingDays[1]",
                "closures[1] | " + range + "+10000-01-01",
                "closures[2] | 2026-12-31 15:00-14:00: end must be after start within the date (00:00 as end means"
                        + " midnight)",
                "closures[3] | 2026-12-25 is also declared a full-day holiday; a full-day holiday is already closed"
                        + " all day",
                "closures[4] | start must be whole seconds, was 09:00:00.000000007",
                "closures[5] | date must not be null"));
    }

    @Test
    void theGoodEntriesAloneBuildTheCalendarTheyDescribe() {
        BusinessCalendar calendar = BusinessCalendar.weekly(ZoneId.of("Europe/Berlin"))
                .hours(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(18, 0))
                .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .hours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                .hours(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(2, 0))
                .holiday(LocalDate.of(2026, 12, 25))
                .closed(LocalDate.of(2026, 12, 21), LocalTime.of(12, 0), LocalTime.of(17, 0))
                .extraWorkingDay(LocalDate.of(2026, 3, 7), LocalTime.of(10, 0), LocalTime.of(14, 0))
                .extraWorkingDay(LocalDate.of(2026, 3, 7), LocalTime.of(14, 0), LocalTime.of(18, 0))
                .extraWorkingDay(LocalDate.of(2026, 3, 14), LocalTime.of(14, 0), LocalTime.of(18, 0))
                .extraWorkingDay(LocalDate.of(2026, 3, 14), LocalTime.of(10, 0), LocalTime.of(14, 0))
                .build();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // Monday 21 December: 00:00-02:00 (Sunday's night shift) and 09:00-12:00 (closed from 12:00 to 17:00;
        // 17:00-18:00 touches 09:00-17:00 and stays open)
        assertThat(calendar.workingTimeBetween(LocalDate.of(2026, 12, 21).atStartOfDay(berlin).toInstant(),
                LocalDate.of(2026, 12, 22).atStartOfDay(berlin).toInstant()).toMinutes()).isEqualTo(6 * 60);
        // Saturdays 7 and 14 March, two touching extra entries each (given in either order): 10:00-18:00
        for (int day : new int[] {7, 14}) {
            assertThat(calendar.workingTimeBetween(LocalDate.of(2026, 3, day).atStartOfDay(berlin).toInstant(),
                    LocalDate.of(2026, 3, day + 1).atStartOfDay(berlin).toInstant()).toMinutes())
                    .as("March %d", day).isEqualTo(8 * 60);
        }
    }

    @Test
    void missingDaysAndTimesAreReportedByNameAndTheirEntriesAreLeftOut() {
        WeeklyCalendarBuilder b = BusinessCalendar.weekly(BERLIN)
                .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .hours(missingDay(), DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .hours(DayOfWeek.MONDAY, missingDay(), "09:00-17:00")
                .hours(DayOfWeek.TUESDAY, missingTime(), LocalTime.of(17, 0))
                .hours(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), missingTime())
                .closed(LocalDate.of(2026, 12, 24), missingTime(), missingTime())
                .extraWorkingDay(LocalDate.of(2026, 12, 26), missingTime(), LocalTime.of(12, 0));
        assertViolations(b,
                // a range of days is expanded when it is added, so its missing ends are reported first
                "hours[1] | from day must not be null",
                "hours[2] | to day must not be null",
                "hours[3] | start must not be null",
                "hours[4] | end must not be null",
                "extraWorkingDays[0] | start must not be null",
                "closures[0] | start must not be null",
                "closures[0] | end must not be null");
    }

    @Test
    void anEntryRejectedForOneReasonIsNotCheckedAnyFurther() {
        WeeklyCalendarBuilder b = BusinessCalendar.weekly(BERLIN)
                // not a shift at all, so the shift inside its hours is no overlap
                .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0, 0, 500))
                .hours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(13, 0))
                // outside the supported dates: its reversed times are not looked at
                .closed(LocalDate.of(1, 1, 1), LocalTime.of(12, 0), LocalTime.of(10, 0))
                // not whole seconds: that its whole seconds would make an empty range is not reported
                .closed(LocalDate.of(2026, 12, 30), LocalTime.of(10, 0), LocalTime.of(10, 0, 0, 500));
        assertViolations(b,
                "hours[0] | end must be whole seconds, was 17:00:00.000000500",
                "closures[0] | date must lie between 0001-01-02 and 9999-12-30, was 0001-01-01",
                "closures[1] | end must be whole seconds, was 10:00:00.000000500");
    }

    @Test
    void aDatedRangeEndingWhereItStartsIsRejectedUnlessItIsTheWholeDate() {
        assertViolations(BusinessCalendar.weekly(BERLIN)
                        .extraWorkingDay(LocalDate.of(2026, 3, 7), LocalTime.of(8, 0), LocalTime.of(8, 0))
                        .closed(LocalDate.of(2026, 12, 23), LocalTime.of(10, 0), LocalTime.of(10, 0)),
                "extraWorkingDays[0] | 2026-03-07 08:00-08:00" + AFTER_START,
                "closures[0] | 2026-12-23 10:00-10:00" + AFTER_START);

        BusinessCalendar wholeSaturday = BusinessCalendar.weekly(BERLIN)
                .extraWorkingDay(LocalDate.of(2026, 3, 7), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .build();
        assertThat(wholeSaturday.workingTimeBetween(LocalDate.of(2026, 3, 7).atStartOfDay(BERLIN).toInstant(),
                LocalDate.of(2026, 3, 9).atStartOfDay(BERLIN).toInstant()).toHours()).isEqualTo(24);
    }

    @Test
    void aDayOrRangeGivenTwiceInOneEntryOverlapsItselfAndIsReportedOnce() {
        assertViolations(BusinessCalendar.weekly(BERLIN)
                        .hours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 0))
                        .hours(DayOfWeek.MONDAY, "09:00-12:00, 09:00-12:00")
                        .allDay(DayOfWeek.SATURDAY, DayOfWeek.SATURDAY),
                "hours[1] | MONDAY 09:00-12:00 overlaps hours[1] (MONDAY 09:00-12:00)",
                "hours[2] | SATURDAY 00:00-00:00 overlaps hours[2] (SATURDAY 00:00-00:00)");
    }
}
