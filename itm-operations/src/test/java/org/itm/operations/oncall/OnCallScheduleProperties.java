package org.itm.operations.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itm.core.time.TimeInterval;

class OnCallScheduleProperties {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Sydney"));
    // spans the spring and autumn DST changes of all three zones
    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-04-15T00:00:00Z");

    @Provide
    Arbitrary<OnCallSchedule> schedules() {
        Arbitrary<TurnLength> turns = Arbitraries.oneOf(Arbitraries.just(TurnLength.daily()),
                Arbitraries.just(TurnLength.weekly()), Arbitraries.integers().between(1, 3).map(TurnLength::everyDays),
                Arbitraries.integers().between(5, 40).map(TurnLength::everyHours));
        Arbitrary<List<Restriction>> restrictions = Combinators.combine(
                Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 2)).as((a, b, none) -> none == 0 || a.equals(b)
                        ? List.<Restriction>of()
                        : List.of(Restriction.everyDay(LocalTime.of(a, 0), LocalTime.of(b, 30))));
        Arbitrary<Layer> layers = Combinators.combine(Arbitraries.of(ZONES), turns, restrictions,
                Arbitraries.integers().between(0, 20 * 24), Arbitraries.integers().between(1, 4))
                .as((zone, turn, r, startHours, n) -> {
                    List<String> members = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        members.add("m" + i);
                    }
                    return new Layer("l", zone, members,
                            LocalDateTime.parse("2026-02-20T02:30").plusHours(startHours), turn, r);
                });
        Arbitrary<ScheduleOverride> overrides = Combinators.combine(Arbitraries.integers().between(0, 40 * 24),
                Arbitraries.integers().between(1, 96)).as((s, len) -> new ScheduleOverride("ovr",
                TimeInterval.of(FROM.plus(Duration.ofHours(s)), FROM.plus(Duration.ofHours(s + len)))));
        return Combinators.combine(layers.list().ofMinSize(1).ofMaxSize(3), overrides.list().ofMaxSize(2))
                .as((ls, os) -> {
                    List<Layer> named = new ArrayList<>();
                    for (int i = 0; i < ls.size(); i++) {
                        Layer l = ls.get(i);
                        named.add(new Layer("l" + i, l.zone(), l.members(), l.start(), l.turn(), l.restrictions()));
                    }
                    return new OnCallSchedule("p", ZoneId.of("Europe/Berlin"), named, os);
                });
    }

    @Property(tries = 60)
    void timelineCoversEachInstantExactlyOnceWhereSomeoneIsOnCall(@ForAll("schedules") OnCallSchedule s,
            @ForAll("offsets") long minute) {
        Instant t = FROM.plus(Duration.ofMinutes(minute));
        List<OnCallSlot> slots = s.timeline(FROM, TO);
        long containing = slots.stream().filter(x -> x.interval().contains(t)).count();
        boolean anyLayer = s.layers().stream().anyMatch(l -> l.memberAt(t).isPresent())
                || s.overrides().stream().anyMatch(o -> o.interval().contains(t));
        assertThat(containing).isEqualTo(anyLayer ? 1 : 0);
        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i).interval().start()).isAfterOrEqualTo(slots.get(i - 1).interval().end());
        }
    }

    @Property(tries = 60)
    void whoIsOnCallEqualsTheTimelineIntervalContainingTheInstant(@ForAll("schedules") OnCallSchedule s,
            @ForAll("offsets") long minute) {
        Instant t = FROM.plus(Duration.ofMinutes(minute));
        Optional<OnCallSlot> fromTimeline = s.timeline(FROM, TO).stream()
                .filter(x -> x.interval().contains(t)).findFirst();
        Optional<OnCallSlot> direct = s.whoIsOnCall(t);
        assertThat(direct.map(OnCallSlot::member)).isEqualTo(fromTimeline.map(OnCallSlot::member));
        assertThat(direct.map(OnCallSlot::decidedBy)).isEqualTo(fromTimeline.map(OnCallSlot::decidedBy));
    }

    @Property(tries = 60)
    void anOverrideNeverLeavesAGapWhereTheLayersHadNone(@ForAll("schedules") OnCallSchedule s) {
        OnCallSchedule layersOnly = new OnCallSchedule("p", s.zone(), s.layers(), List.of());
        List<TimeInterval> with = s.gaps(FROM, TO);
        List<TimeInterval> without = layersOnly.gaps(FROM, TO);
        for (TimeInterval g : with) {
            assertThat(without).anyMatch(w -> !w.start().isAfter(g.start()) && !w.end().isBefore(g.end()));
        }
    }

    @Property(tries = 100)
    void theTabledLookupAgreesWithTheLayersAndOverridesAskedDirectly(@ForAll("schedules") OnCallSchedule s,
            @ForAll("offsets") long minute, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 59) int second) {
        // minutes of a spring and an autumn change, plus half-hour restriction boundaries that fall into DST gaps
        Instant t = FROM.plus(Duration.ofMinutes(minute)).plusSeconds(second);
        Optional<String> expected = Optional.empty();
        for (int i = s.overrides().size() - 1; i >= 0 && expected.isEmpty(); i--) {
            if (s.overrides().get(i).interval().contains(t)) {
                expected = Optional.of(s.overrides().get(i).member());
            }
        }
        for (int i = s.layers().size() - 1; i >= 0 && expected.isEmpty(); i--) {
            expected = s.layers().get(i).memberAt(t);
        }
        assertThat(s.whoIsOnCall(t).map(OnCallSlot::member)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Long> offsets() {
        return Arbitraries.longs().between(0, Duration.between(FROM, TO).toMinutes() - 1);
    }
}
