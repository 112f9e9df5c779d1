package org.itm.benchmarks.operations;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.itm.core.time.TimeInterval;
import org.itm.operations.oncall.Layer;
import org.itm.operations.oncall.OnCallSchedule;
import org.itm.operations.oncall.OnCallSlot;
import org.itm.operations.oncall.Restriction;
import org.itm.operations.oncall.ScheduleOverride;
import org.itm.operations.oncall.TurnLength;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Claim (issue 15, §3): "who is on call at t" at 1 million queries per second or more on one core for a schedule
 * of 5 layers and 50 members, and the final timeline of a year in under 10 ms. The schedule: a 24/7 weekly layer
 * in Berlin, a 12-hour layer in New York, a daily business-hours layer in Berlin, a nights layer crossing
 * midnight in Sydney and a weekend layer in London, 10 members each, plus 24 overrides; the year 2026 holds the
 * European, American and Australian DST changes. Queries are 4096 seeded random instants of the year, taken in
 * turn. {@code timelineForAYearFreshSchedule} builds a new schedule value for every call, so no table is reused.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OnCallLookupBenchmark {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    private OnCallSchedule schedule;
    private Instant[] queries;
    private int next;

    @Setup
    public void setUp() {
        schedule = build();
        SplittableRandom r = new SplittableRandom(15);
        queries = new Instant[4096];
        long span = Duration.between(FROM, TO).toSeconds();
        for (int i = 0; i < queries.length; i++) {
            queries[i] = FROM.plusSeconds(r.nextLong(span));
        }
    }

    static OnCallSchedule build() {
        List<Layer> layers = List.of(
                layer("base", "Europe/Berlin", 0, TurnLength.weekly(), List.of()),
                layer("americas", "America/New_York", 10, TurnLength.everyHours(12), List.of()),
                layer("office", "Europe/Berlin", 20, TurnLength.daily(), List.of(new Restriction(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0)))),
                layer("nights", "Australia/Sydney", 30, TurnLength.everyDays(2),
                        List.of(Restriction.everyDay(LocalTime.of(18, 0), LocalTime.of(8, 0)))),
                layer("weekend", "Europe/London", 40, TurnLength.weekly(), List.of(new Restriction(
                        EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(0, 0), LocalTime.of(0, 0)))));
        List<ScheduleOverride> overrides = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Instant s = FROM.plus(Duration.ofHours(i * 365L + 7));
            overrides.add(new ScheduleOverride("cover-" + i, TimeInterval.of(s, s.plus(Duration.ofHours(30)))));
        }
        return new OnCallSchedule("bench", ZoneId.of("Europe/Berlin"), layers, overrides);
    }

    private static Layer layer(String name, String zone, int firstMember, TurnLength turn, List<Restriction> r) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            members.add("person-" + (firstMember + i));
        }
        return new Layer(name, ZoneId.of(zone), members, LocalDateTime.parse("2025-12-29T09:00"), turn, r);
    }

    @Benchmark
    public @Nullable OnCallSlot whoIsOnCall() {
        Instant t = queries[next++ & (queries.length - 1)];
        return schedule.whoIsOnCall(t).orElse(null);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<OnCallSlot> timelineForAYear() {
        return schedule.timeline(FROM, TO);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<OnCallSlot> timelineForAYearFreshSchedule() {
        OnCallSchedule fresh = new OnCallSchedule(schedule.id(), schedule.zone(), schedule.layers(),
                schedule.overrides());
        return fresh.timeline(FROM, TO);
    }
}
