package org.itm.operations.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.time.TimeInterval;
import org.junit.jupiter.api.Test;

class OnCallScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    private static Layer weekly(String name, ZoneId zone, List<Restriction> restrictions, String... members) {
        return new Layer(name, zone, List.of(members), LocalDateTime.parse("2026-03-23T09:00"),
                TurnLength.weekly(), restrictions);
    }

    @Test
    void weeklyTurnContainingTheSpringDstChangeLasts167Hours() {
        OnCallSchedule s = new OnCallSchedule("ops", BERLIN,
                List.of(weekly("primary", BERLIN, List.of(), "ann", "bob", "cid", "dee")), List.of());

        List<OnCallSlot> slots = s.timeline(berlin("2026-03-23T09:00"), berlin("2026-04-13T09:00"));

        assertThat(slots).extracting(OnCallSlot::member).containsExactly("ann", "bob", "cid");
        assertThat(slots.get(0).interval().duration()).isEqualTo(Duration.ofHours(167));
        assertThat(slots.get(1).interval().duration()).isEqualTo(Duration.ofHours(168));
        assertThat(slots.get(0).interval().end()).isEqualTo(berlin("2026-03-30T09:00"));
        assertThat(s.whoIsOnCall(berlin("2026-03-29T12:00")).orElseThrow().member()).isEqualTo("ann");
        assertThat(s.nextHandoff(berlin("2026-03-29T12:00"), berlin("2026-05-01T00:00")))
                .contains(berlin("2026-03-30T09:00"));
    }

    @Test
    void businessHoursLayerOverridesTheAroundTheClockLayerOnlyInsideItsWindow() {
        Restriction office = new Restriction(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0));
        OnCallSchedule s = new OnCallSchedule("ops", BERLIN, List.of(
                weekly("night", BERLIN, List.of(), "nia"),
                weekly("office", BERLIN, List.of(office), "oli")), List.of());

        assertThat(s.whoIsOnCall(berlin("2026-04-01T10:00")).orElseThrow())
                .extracting(OnCallSlot::member, OnCallSlot::decidedBy).containsExactly("oli", "layer:office");
        assertThat(s.whoIsOnCall(berlin("2026-04-01T18:00")).orElseThrow().member()).isEqualTo("nia");
        assertThat(s.whoIsOnCall(berlin("2026-04-04T10:00")).orElseThrow().member()).isEqualTo("nia");
        List<OnCallSlot> day = s.timeline(berlin("2026-04-01T00:00"), berlin("2026-04-02T00:00"));
        assertThat(day).extracting(OnCallSlot::member).containsExactly("nia", "oli", "nia");
        assertThat(day.get(1).interval()).isEqualTo(TimeInterval.of(berlin("2026-04-01T09:00"),
                berlin("2026-04-01T17:00")));
        assertThat(s.doubleCoverage(berlin("2026-04-01T00:00"), berlin("2026-04-02T00:00")))
                .containsExactly(day.get(1).interval());
    }

    @Test
    void nightWindowCrossesMidnight() {
        Restriction nights = Restriction.everyDay(LocalTime.of(18, 0), LocalTime.of(8, 0));
        OnCallSchedule s = new OnCallSchedule("ops", BERLIN,
                List.of(weekly("nights", BERLIN, List.of(nights), "nox")), List.of());

        assertThat(s.gaps(berlin("2026-04-01T00:00"), berlin("2026-04-02T00:00"))).containsExactly(
                TimeInterval.of(berlin("2026-04-01T08:00"), berlin("2026-04-01T18:00")));
    }

    @Test
    void overrideAcrossChristmasReplacesTheRotationAndLeavesNoGap() {
        Instant from = berlin("2026-12-24T18:00");
        Instant to = berlin("2026-12-27T09:00");
        OnCallSchedule s = new OnCallSchedule("ops", BERLIN,
                List.of(weekly("primary", BERLIN, List.of(), "ann", "bob", "cid", "dee")),
                List.of(new ScheduleOverride("xena", TimeInterval.of(from, to))));

        // 2026-12-21 is 39 weeks after the first handoff: turn 39 of 4 members is the fourth, dee
        List<OnCallSlot> slots = s.timeline(berlin("2026-12-24T00:00"), berlin("2026-12-28T00:00"));

        assertThat(slots).extracting(OnCallSlot::member).containsExactly("dee", "xena", "dee");
        assertThat(slots.get(1)).isEqualTo(new OnCallSlot(TimeInterval.of(from, to), "xena", "override:0"));
        assertThat(s.gaps(berlin("2026-12-24T00:00"), berlin("2026-12-28T00:00"))).isEmpty();
    }

    @Test
    void followTheSunAcrossEuropeanAndAmericanDstChangesLeavesNoGapForAYear() {
        Restriction day = Restriction.everyDay(LocalTime.of(7, 0), LocalTime.of(18, 0));
        OnCallSchedule s = new OnCallSchedule("sun", BERLIN, List.of(
                new Layer("emea", BERLIN, List.of("eva", "emil"), LocalDateTime.parse("2025-12-29T07:00"),
                        TurnLength.weekly(), List.of(day)),
                new Layer("amer", ZoneId.of("America/New_York"), List.of("ava", "abe"),
                        LocalDateTime.parse("2025-12-29T07:00"), TurnLength.weekly(), List.of(day)),
                new Layer("apac", ZoneId.of("Australia/Sydney"), List.of("pia", "pat"),
                        LocalDateTime.parse("2025-12-28T07:00"), TurnLength.weekly(), List.of(day))),
                List.of());

        Instant from = ZonedDateTime.parse("2026-01-01T00:00Z").toInstant();
        Instant to = ZonedDateTime.parse("2027-01-01T00:00Z").toInstant();

        assertThat(s.gaps(from, to)).isEmpty();
    }

    @Test
    void aRestrictionEndingInsideTheSpringGapEndsWhenTheClockJumps() {
        // 01:00-02:30 daily: on 2026-03-29 Berlin jumps from 02:00 to 03:00, so the window ends at 02:00 local
        Restriction early = Restriction.everyDay(LocalTime.of(1, 0), LocalTime.of(2, 30));
        OnCallSchedule s = new OnCallSchedule("ops", BERLIN,
                List.of(weekly("early", BERLIN, List.of(early), "eli")), List.of());
        Instant jump = Instant.parse("2026-03-29T01:00:00Z");

        assertThat(s.timeline(berlin("2026-03-29T00:00"), berlin("2026-03-29T12:00")))
                .containsExactly(new OnCallSlot(TimeInterval.of(berlin("2026-03-29T01:00"), jump), "eli",
                        "layer:early"));
        assertThat(s.whoIsOnCall(jump.minusSeconds(1))).isPresent();
        assertThat(s.whoIsOnCall(jump)).isEmpty();
        assertThat(s.whoIsOnCall(jump.plus(Duration.ofMinutes(45)))).isEmpty();
    }

    @Test
    void aScheduleIsAValueThatRoundTripsThroughJsonAndAnswersTheSameAfterwards() {
        OnCallSchedule s = new OnCallSchedule("ops", BERLIN,
                List.of(weekly("primary", BERLIN, List.of(Restriction.everyDay(LocalTime.of(18, 0),
                        LocalTime.of(8, 0))), "ann", "bob")),
                List.of(new ScheduleOverride("xena", TimeInterval.of(berlin("2026-04-01T00:00"),
                        berlin("2026-04-02T00:00")))));
        OnCallSchedule back = org.itm.core.json.ItmJson.fromJson(org.itm.core.json.ItmJson.toJson(s),
                OnCallSchedule.class);

        assertThat(back).isEqualTo(s).hasSameHashCodeAs(s);
        Instant t = berlin("2026-04-03T23:00");
        assertThat(back.whoIsOnCall(t)).isEqualTo(s.whoIsOnCall(t));
        assertThat(s.whoIsOnCall(berlin("2026-04-01T12:00")).orElseThrow().decidedBy()).isEqualTo("override:0");
    }

    @Test
    void instantsFarOutsideTheTabledYearsAreStillAnswered() {
        OnCallSchedule s = new OnCallSchedule("ops", BERLIN,
                List.of(weekly("primary", BERLIN, List.of(), "ann", "bob")), List.of());

        assertThat(s.whoIsOnCall(Instant.parse("+10000-01-03T12:00:00Z"))).isPresent();
        assertThat(s.whoIsOnCall(Instant.parse("2026-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void invalidLayerNamesEveryBadField() {
        assertThatThrownBy(() -> new Layer(" ", BERLIN, List.of(), LocalDateTime.parse("2026-01-01T00:00"),
                TurnLength.daily(), List.of()))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("name").hasMessageContaining("members");
    }
}
