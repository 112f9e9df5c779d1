package org.itm.benchmarks.core;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.itm.core.time.BusinessCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Target (issue 2, point 2.1): {@code workingTimeBetween} over a 90-day span with 20 holidays at least
 * 2 million calls/s on one core, and {@code addWorkingTime} likewise.
 *
 * <p>Calendar: Europe/Berlin, Monday to Friday 09:00-17:00, 20 holidays between 20 March and 20 June 2026.
 * Spans start at random instants (seeded) in March 2026 and last 90 days, so each crosses the spring-forward
 * change and nearly all holidays; {@code addWorkingTime} adds the working time of the same span.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BusinessCalendarBenchmark {

    private static final int SAMPLES = 1024;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private BusinessCalendar calendar;
    private final Instant[] starts = new Instant[SAMPLES];
    private final Instant[] ends = new Instant[SAMPLES];
    private final Duration[] amounts = new Duration[SAMPLES];
    private int next;

    @Setup
    public void setUp() {
        List<LocalDate> holidays = new ArrayList<>();
        LocalDate date = LocalDate.of(2026, 3, 20);
        while (holidays.size() < 20) {
            if (date.getDayOfWeek().getValue() <= 5) {
                holidays.add(date);
            }
            date = date.plusDays(4);
        }
        calendar = BusinessCalendar.weekly(BERLIN)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .holidays(holidays)
                .build();
        SplittableRandom random = new SplittableRandom(42);
        Instant march = LocalDate.of(2026, 3, 1).atStartOfDay(BERLIN).toInstant();
        for (int i = 0; i < SAMPLES; i++) {
            starts[i] = march.plusSeconds(random.nextLong(31L * 86_400));
            ends[i] = starts[i].plus(Duration.ofDays(90));
            amounts[i] = calendar.workingTimeBetween(starts[i], ends[i]);
        }
    }

    @Benchmark
    public Duration workingTimeBetween90Days() {
        int i = next++ & (SAMPLES - 1);
        return calendar.workingTimeBetween(starts[i], ends[i]);
    }

    @Benchmark
    public Instant addWorkingTime90Days() {
        int i = next++ & (SAMPLES - 1);
        return calendar.addWorkingTime(starts[i], amounts[i]);
    }
}
