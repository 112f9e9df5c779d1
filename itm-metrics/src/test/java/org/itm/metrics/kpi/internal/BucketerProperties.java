package org.itm.metrics.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itm.metrics.kpi.TimeWindow;
import org.itm.metrics.kpi.WindowKind;

/**
 * Whatever it has seen before (its cached windows and cells), the bucketer places an instant in the window a
 * direct time-zone conversion gives, in zones with daylight saving, offsets that are not whole hours and a
 * skipped day.
 */
class BucketerProperties {

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu",
                "Australia/Lord_Howe", "Pacific/Apia", "America/St_Johns", "Pacific/Chatham").map(ZoneId::of);
    }

    @Provide
    Arbitrary<List<Long>> seconds() {
        // around 2011-12-29/31 (Samoa skipped a day), and a few years on either side of 2025
        Arbitrary<Long> near = Arbitraries.longs().between(1_325_030_000L, 1_325_400_000L);
        Arbitrary<Long> years = Arbitraries.longs().between(1_640_000_000L, 1_800_000_000L);
        Arbitrary<Long> far = Arbitraries.longs().between(-40_000_000_000L, 40_000_000_000L);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, near), net.jqwik.api.Tuple.of(10, years),
                net.jqwik.api.Tuple.of(1, far)).list().ofMinSize(1).ofMaxSize(400);
    }

    @Provide
    Arbitrary<TimeWindow> windows() {
        return Arbitraries.of(WindowKind.values()).flatMap(kind -> zones().map(zone -> kind == WindowKind.ROLLING_DAYS
                ? TimeWindow.rollingDays(7, zone) : kind == WindowKind.ALL ? TimeWindow.all()
                : new TimeWindow(kind, zone, 0)));
    }

    @Property(tries = 400)
    void everyInstantLandsInTheWindowOfItsLocalDate(@ForAll("windows") TimeWindow window,
                                                    @ForAll("seconds") List<Long> seconds) {
        Bucketer bucketer = new Bucketer(window);
        for (long s : seconds) {
            Instant t = Instant.ofEpochSecond(s);
            // twice: the second look-up may come from what the first one left
            assertThat(bucketer.bucket(t)).as("%s at %s", window, t).isEqualTo(expected(window, t));
            assertThat(bucketer.bucket(t)).isEqualTo(expected(window, t));
            Instant next = Instant.ofEpochSecond(s + 1800);
            assertThat(bucketer.bucket(next)).as("%s at %s", window, next).isEqualTo(expected(window, next));
        }
    }

    private static long expected(TimeWindow window, Instant t) {
        if (window.kind() == WindowKind.ALL) {
            return 0;
        }
        LocalDate day = t.atZone(window.zone()).toLocalDate();
        return switch (window.kind()) {
            case DAY, ROLLING_DAYS -> day.toEpochDay();
            case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1).toEpochDay();
            case MONTH -> day.withDayOfMonth(1).toEpochDay();
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1).toEpochDay();
            case YEAR -> day.withDayOfYear(1).toEpochDay();
            case ALL -> 0;
        };
    }
}
