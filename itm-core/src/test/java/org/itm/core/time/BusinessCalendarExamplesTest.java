package org.itm.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of the issue, with their exact expected values. */
class BusinessCalendarExamplesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant at(ZoneId zone, int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(zone).toInstant();
    }

    private static BusinessCalendar berlinOffice(List<LocalDate> holidays) {
        return BusinessCalendar.weekly(BERLIN)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .holidays(holidays)
                .build();
    }

    @Test
    void christmasHolidaysLeaveTwoWorkingHoursBetweenWednesdayAfternoonAndMondayMorning() {
        BusinessCalendar cal = berlinOffice(List.of(
                LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)));

        Duration worked = cal.workingTimeBetween(at(BERLIN, 2026, 12, 23, 16, 0), at(BERLIN, 2026, 12, 28, 10, 0));

        assertThat(worked).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void sixteenWorkingHoursFromFridayAfternoonEndOnTuesdayAfternoonAcrossTheSpringForwardWeekend() {
        BusinessCalendar cal = berlinOffice(List.of());

        Instant due = cal.addWorkingTime(at(BERLIN, 2026, 3, 27, 15, 0), Duration.ofHours(16));

        assertThat(due).isEqualTo(at(BERLIN, 2026, 3, 31, 15, 0));
        assertThat(due).isEqualTo(Instant.parse("2026-03-31T13:00:00Z"));
    }

    @Test
    void twentyFourSevenDayWithSpringForwardHasTwentyThreeHours() {
        BusinessCalendar cal = BusinessCalendar.twentyFourSeven(BERLIN);

        Duration worked = cal.workingTimeBetween(at(BERLIN, 2026, 3, 28, 12, 0), at(BERLIN, 2026, 3, 29, 12, 0));

        assertThat(worked).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void weeklyCalendarOpenAllWeekAgreesWithTwentyFourSevenAcrossSpringForward() {
        BusinessCalendar cal = BusinessCalendar.weekly(BERLIN).allDay(DayOfWeek.values()).build();

        Duration worked = cal.workingTimeBetween(at(BERLIN, 2026, 3, 28, 12, 0), at(BERLIN, 2026, 3, 29, 12, 0));

        assertThat(worked).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void nightShiftCountsFridayNightIntoSaturdayAndMondayEvening() {
        BusinessCalendar cal = BusinessCalendar.weekly(NEW_YORK)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
                .build();

        Duration worked = cal.workingTimeBetween(at(NEW_YORK, 2026, 11, 6, 23, 0), at(NEW_YORK, 2026, 11, 9, 23, 0));

        assertThat(worked).isEqualTo(Duration.ofHours(8));
    }
}
