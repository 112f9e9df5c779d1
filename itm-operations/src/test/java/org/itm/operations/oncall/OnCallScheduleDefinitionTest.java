package org.itm.operations.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.time.TimeInterval;
import org.junit.jupiter.api.Test;

class OnCallScheduleDefinitionTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String YAML = """
            id: database
            zone: Europe/Berlin
            layers:
              - name: primary
                members: [ann, bob, cid, dee]
                start: 2026-03-23T09:00
                turn: weekly
              - name: office
                members: [oli]
                start: 2026-03-23T09:00
                turn: P1D
                restrictions:
                  - {days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY], from: "09:00", to: "17:00"}
              - name: americas
                zone: America/New_York
                members: [ava, abe]
                start: 2026-03-23T08:00
                turn: PT12H
            overrides:
              - {member: xena, from: 2026-12-24T18:00, to: 2026-12-27T09:00}
            """;

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @Test
    void aYamlDefinitionBuildsTheScheduleItDescribes() {
        OnCallSchedule s = OnCallSchedule.fromYaml(YAML);

        assertThat(s).isEqualTo(new OnCallSchedule("database", BERLIN, List.of(
                new Layer("primary", BERLIN, List.of("ann", "bob", "cid", "dee"),
                        LocalDateTime.parse("2026-03-23T09:00"), TurnLength.weekly(), List.of()),
                new Layer("office", BERLIN, List.of("oli"), LocalDateTime.parse("2026-03-23T09:00"),
                        TurnLength.daily(), List.of(new Restriction(EnumSet.range(DayOfWeek.MONDAY,
                        DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0)))),
                new Layer("americas", ZoneId.of("America/New_York"), List.of("ava", "abe"),
                        LocalDateTime.parse("2026-03-23T08:00"), TurnLength.everyHours(12), List.of())),
                List.of(new ScheduleOverride("xena", TimeInterval.of(berlin("2026-12-24T18:00"),
                        berlin("2026-12-27T09:00"))))));
        assertThat(OnCallSchedule.fromJson(ItmJson.toJson(s.toDefinition()))).isEqualTo(s);
        assertThat(OnCallSchedule.fromYaml(ItmJson.toYaml(s.toDefinition()))).isEqualTo(s);
    }

    @Test
    void everyBadElementIsNamedByItsPath() {
        assertThatThrownBy(() -> OnCallSchedule.fromYaml("""
                id: database
                zone: Europe/Berlin
                layers:
                  - name: primary
                    members: [ann, ann]
                    start: 2026-03-23T09:00
                    turn: fortnightly
                """)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("layers[0].members[1]").hasMessageContaining("repeats 'ann'")
                .hasMessageContaining("layers[0].turn").hasMessageContaining("fortnightly");
        assertThatThrownBy(() -> OnCallSchedule.fromYaml("""
                id: database
                zone: Europe/Berlin
                layers:
                  - {name: a, members: [x], start: 2026-03-23T09:00, turn: daily}
                  - {name: a, members: [y], start: 2026-03-23T09:00, turn: PT0H}
                overrides:
                  - {member: xena, from: 2026-12-27T09:00, to: 2026-12-24T18:00}
                """)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("layers[1].turn");
        assertThatThrownBy(() -> OnCallSchedule.fromYaml("""
                id: database
                zone: Europe/Berlin
                layers:
                  - {name: a, members: [x], start: 2026-03-23T09:00, turn: daily}
                  - {name: a, members: [y], start: 2026-03-23T09:00, turn: daily}
                overrides:
                  - {member: xena, from: 2026-12-27T09:00, to: 2026-12-24T18:00}
                """)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("overrides[0].to");
        assertThatThrownBy(() -> OnCallSchedule.fromYaml("""
                id: database
                zone: Europe/Berlin
                layers:
                  - {name: a, members: [x], start: 2026-03-23T09:00, turn: daily}
                  - {name: a, members: [y], start: 2026-03-23T09:00, turn: daily}
                """)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("layers[1].name").hasMessageContaining("repeats 'a'");
        assertThatThrownBy(() -> OnCallSchedule.fromJson("{\"id\": \"d\", \"zone\": \"Mars/Olympus\", \"layers\": []}"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("zone");
        assertThatThrownBy(() -> OnCallSchedule.fromYaml("null")).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void turnLengthsReadTheirTextForm() {
        assertThat(TurnLength.parse("daily")).isEqualTo(TurnLength.daily());
        assertThat(TurnLength.parse("P1W")).isEqualTo(TurnLength.weekly());
        assertThat(TurnLength.parse("PT36H")).isEqualTo(TurnLength.everyHours(36));
        assertThat(TurnLength.parse(TurnLength.everyDays(3).toText())).isEqualTo(TurnLength.everyDays(3));
        assertThatThrownBy(() -> TurnLength.parse("P-1D")).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("turn");
    }

    @Test
    void theTimelineOfTheScheduleAndOfOnePersonExportAsICalendar() throws Exception {
        OnCallSchedule s = OnCallSchedule.fromYaml(YAML);
        Instant from = berlin("2026-12-24T00:00");
        Instant to = berlin("2026-12-28T00:00");
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        String all = s.toICalendar(from, to, "itm.example.org", now);
        Calendar parsed = new CalendarBuilder().build(new StringReader(all));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(s.timeline(from, to).size());
        assertThat(all).contains("SUMMARY:On call: xena\r\n", "DTSTART:20261224T170000Z\r\n",
                "DTEND:20261227T080000Z\r\n", "UID:database-1798131600-xena@itm.example.org\r\n",
                "DESCRIPTION:schedule database\\; decided by override:0\r\n", "DTSTAMP:20261201T000000Z\r\n");

        String xena = s.toICalendar("xena", from, to, "itm.example.org", now);
        List<VEvent> mine = new CalendarBuilder().build(new StringReader(xena)).getComponents("VEVENT");
        assertThat(mine).hasSize(1);
        assertThat(xena).doesNotContain("SUMMARY:On call: dee");
        assertThat(Duration.between(berlin("2026-12-24T18:00"), berlin("2026-12-27T09:00"))).hasHours(63);
        assertThatThrownBy(() -> s.toICalendar(" ", from, to, "d", now)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("person");
        assertThatThrownBy(() -> s.toICalendar(from, to, "", now)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("domain");
    }
}
