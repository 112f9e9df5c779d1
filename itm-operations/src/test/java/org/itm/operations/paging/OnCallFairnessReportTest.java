package org.itm.operations.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.time.HolidayProvider;
import org.itm.core.time.TimeInterval;
import org.itm.operations.oncall.Layer;
import org.itm.operations.oncall.OnCallSchedule;
import org.itm.operations.oncall.ScheduleOverride;
import org.itm.operations.oncall.TurnLength;
import org.junit.jupiter.api.Test;

class OnCallFairnessReportTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendar OFFICE = BusinessCalendar.weekdays(BERLIN, LocalTime.of(9, 0),
            LocalTime.of(17, 0));
    private static final HolidayProvider BERLIN_HOLIDAYS = HolidayProvider.publicHolidays("de", "be");
    private static final TimeInterval FORTNIGHT = TimeInterval.of(berlin("2026-12-21T09:00"),
            berlin("2027-01-04T09:00"));

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    private static OnCallSchedule schedule(List<ScheduleOverride> overrides) {
        return new OnCallSchedule("ops", BERLIN, List.of(new Layer("primary", BERLIN, List.of("ann", "bob"),
                LocalDateTime.parse("2026-12-21T09:00"), TurnLength.weekly(), List.of())), overrides);
    }

    private static OnCallPage page(String id, Instant at, String... notified) {
        List<PageEvent> events = new java.util.ArrayList<>();
        events.add(new PageEvent(at, "triggered", "", "", ""));
        for (String who : notified) {
            events.add(new PageEvent(at, "notified", who, "rec", "DELIVERED"));
        }
        return new OnCallPage(id, "policy", "x", at, PageStatus.TRIGGERED, events);
    }

    @Test
    void hoursOverChristmasAndNewYearSplitIntoWorkingHoursNightsWeekendsAndHolidays() {
        OnCallFairnessReport report = OnCallFairnessReport.of(schedule(List.of()), FORTNIGHT, OFFICE,
                BERLIN_HOLIDAYS, List.of());

        // ann, Mon 21 09:00 - Mon 28 09:00: four office days of 8 h; 25 and 26 Dec are public holidays, so the
        // Saturday counts as a holiday; Sunday 27 is the weekend; the rest of the weekdays are nights
        assertThat(report.row("ann").orElseThrow()).isEqualTo(new OnCallFairnessRow("ann", Duration.ofHours(32),
                Duration.ofHours(7 + 16 * 3 + 9), Duration.ofHours(24), Duration.ofHours(48), 0));
        // bob, Mon 28 09:00 - Mon 4 09:00: New Year's Day is the only holiday; Saturday and Sunday are weekend
        assertThat(report.row("bob").orElseThrow()).isEqualTo(new OnCallFairnessRow("bob", Duration.ofHours(32),
                Duration.ofHours(64), Duration.ofHours(48), Duration.ofHours(24), 0));
        assertThat(report.rows()).extracting(OnCallFairnessRow::total)
                .containsExactly(Duration.ofHours(168), Duration.ofHours(168));
        assertThat(report.zone()).isEqualTo(BERLIN);
    }

    @Test
    void anOverrideMovesItsHoursAndPagesCountOncePerPageInsideThePeriod() {
        ScheduleOverride christmas = new ScheduleOverride("xena", TimeInterval.of(berlin("2026-12-24T18:00"),
                berlin("2026-12-27T09:00")));
        List<OnCallPage> pages = List.of(
                page("p1", berlin("2026-12-22T03:00"), "ann", "lead"),
                // two rounds of the same page notify ann twice: still one page received
                page("p2", berlin("2026-12-23T14:00"), "ann", "ann"),
                page("p3", berlin("2026-12-25T11:00"), "xena"),
                // outside the period
                page("p4", berlin("2027-01-04T10:00"), "bob"));

        OnCallFairnessReport report = OnCallFairnessReport.of(schedule(List.of(christmas)), FORTNIGHT, OFFICE,
                BERLIN_HOLIDAYS, pages);

        assertThat(report.rows()).containsExactly(
                new OnCallFairnessRow("ann", Duration.ofHours(32), Duration.ofHours(58), Duration.ofHours(15),
                        Duration.ZERO, 2),
                new OnCallFairnessRow("bob", Duration.ofHours(32), Duration.ofHours(64), Duration.ofHours(48),
                        Duration.ofHours(24), 0),
                new OnCallFairnessRow("lead", Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 1),
                new OnCallFairnessRow("xena", Duration.ZERO, Duration.ofHours(6), Duration.ofHours(9),
                        Duration.ofHours(48), 1));
        assertThat(report.row("xena").orElseThrow().outOfHours()).isEqualTo(Duration.ofHours(63));
    }

    @Test
    void aDstWeekCountsItsRealHours() {
        TimeInterval march = TimeInterval.of(berlin("2026-03-23T09:00"), berlin("2026-03-30T09:00"));
        OnCallSchedule s = new OnCallSchedule("ops", BERLIN, List.of(new Layer("primary", BERLIN, List.of("ann"),
                LocalDateTime.parse("2026-03-23T09:00"), TurnLength.weekly(), List.of())), List.of());

        OnCallFairnessRow ann = OnCallFairnessReport.of(s, march, OFFICE, HolidayProvider.of(List.of()), List.of())
                .rows().get(0);

        // Sunday 29 March has 23 hours
        assertThat(ann.total()).isEqualTo(Duration.ofHours(167));
        assertThat(ann.weekends()).isEqualTo(Duration.ofHours(47));
        assertThat(ann.workingHours()).isEqualTo(Duration.ofHours(40));
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> OnCallFairnessReport.of(null, FORTNIGHT, null, BERLIN_HOLIDAYS, List.of()))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("schedule").hasMessageContaining("workingHours");
    }
}
