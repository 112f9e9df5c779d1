package org.itm.flink.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.flink.streaming.api.windowing.assigners.WindowAssigner;
import org.itm.metrics.kpi.TimeWindow;

/** The assigner keeps the last local day's windows; reusing them must never change which windows a record gets. */
class CalendarWindowAssignerTest {

    /**
     * Zones with daylight saving, with half-hour saving, with changes at midnight (São Paulo until 2019: some days
     * start at 01:00, some hours before midnight happen twice), and without.
     */
    private static final List<String> ZONES = List.of("Europe/Berlin", "America/Sao_Paulo", "Australia/Lord_Howe",
            "Asia/Kolkata", "UTC");
    private static final List<Function<ZoneId, TimeWindow>> WINDOWS = List.of(TimeWindow::day, TimeWindow::week,
            TimeWindow::month, TimeWindow::quarter, TimeWindow::year, z -> TimeWindow.rollingDays(7, z));

    private static final WindowAssigner.WindowAssignerContext CONTEXT = new WindowAssigner.WindowAssignerContext() {
        @Override
        public long getCurrentProcessingTime() {
            return 0;
        }
    };

    @Property(tries = 300)
    void reusingTheLastDaysWindowsGivesTheWindowsAFreshAssignerGives(
            @ForAll("zones") String zone, @ForAll("kinds") int kind, @ForAll("starts") long start,
            @ForAll("steps") List<Long> steps) {
        TimeWindow window = WINDOWS.get(kind).apply(ZoneId.of(zone));
        CalendarWindowAssigner reused = new CalendarWindowAssigner(window);
        long t = start;
        for (long step : steps) {
            t += step;
            assertThat(reused.assignWindows("record", t, CONTEXT))
                    .as("%s %s at %s", zone, window.kind(), Instant.ofEpochMilli(t))
                    .containsExactlyElementsOf(new CalendarWindowAssigner(window).assignWindows("record", t, CONTEXT));
        }
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of(ZONES);
    }

    @Provide
    Arbitrary<Integer> kinds() {
        return Arbitraries.integers().between(0, WINDOWS.size() - 1);
    }

    /** Around the changes of 2018 and 2019 (São Paulo changed at midnight then), and of 2026. */
    @Provide
    Arbitrary<Long> starts() {
        return Arbitraries.of("2018-02-17T00:00:00Z", "2018-11-03T00:00:00Z", "2019-02-15T12:00:00Z",
                "2026-03-28T12:00:00Z", "2026-10-24T12:00:00Z", "2026-04-04T10:00:00Z")
                .map(s -> Instant.parse(s).toEpochMilli());
    }

    /** Mostly forward by up to two hours, sometimes back (late records), in whole minutes and odd milliseconds. */
    @Provide
    Arbitrary<List<Long>> steps() {
        Arbitrary<Long> forward = Arbitraries.longs().between(0, 2 * 3_600_000L);
        Arbitrary<Long> back = Arbitraries.longs().between(-26 * 3_600_000L, 0);
        return Arbitraries.frequencyOf(Tuple.of(9, forward), Tuple.of(1, back))
                .list().ofMinSize(1).ofMaxSize(200);
    }
}
