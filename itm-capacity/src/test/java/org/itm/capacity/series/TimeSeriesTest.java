package org.itm.capacity.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.testkit.SharedData;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Observation at(int minutes, double v) {
        return Observation.of(T0.plus(Duration.ofMinutes(minutes)), v);
    }

    @Test
    void resamplesIntoEpochAlignedBuckets() {
        TimeSeries s = TimeSeries.of("cpu", Unit.PERCENT,
                List.of(at(0, 10), at(1, 20), at(4, 30), at(5, 40), at(9, 100)));
        TimeSeries mean = s.resample(Duration.ofMinutes(5), Aggregation.MEAN);
        assertThat(mean.instants()).containsExactly(T0, T0.plus(Duration.ofMinutes(5)));
        assertThat(mean.values()).containsExactly(20, 70);
        assertThat(s.resample(Duration.ofMinutes(5), Aggregation.MAX).values()).containsExactly(30, 100);
        assertThat(s.resample(Duration.ofMinutes(5), Aggregation.SUM).values()).containsExactly(60, 140);
        assertThat(s.resample(Duration.ofMinutes(5), Aggregation.LAST).values()).containsExactly(30, 100);
        assertThat(s.resample(Duration.ofMinutes(5), Aggregation.P95).values()[0]).isCloseTo(29, within(1e-12));
        assertThat(mean.unit()).isEqualTo(Unit.PERCENT);
    }

    @Test
    void resamplesIntoBucketsAlignedToAnOrigin() {
        Instant monday = Instant.parse("2026-01-05T00:00:00Z");
        TimeSeries daily = TimeSeries.regular("d", Unit.NONE, Instant.parse("2026-01-01T00:00:00Z"), Duration.ofDays(1),
                new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        TimeSeries weekly = daily.resample(Duration.ofDays(7), Aggregation.SUM, monday);
        assertThat(weekly.instants()).containsExactly(monday.minus(Duration.ofDays(7)), monday);
        assertThat(weekly.values()).containsExactly(4, 7);
    }

    @Test
    void percentilesInterpolateBetweenRanks() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Aggregation.percentile(v, 0.95)).isCloseTo(9.55, within(1e-12));
        assertThat(Aggregation.MEDIAN.apply(v)).isCloseTo(5.5, within(1e-12));
    }

    @Test
    void findsAndFillsGaps() {
        TimeSeries s = TimeSeries.of("load", Unit.NONE, List.of(at(0, 0), at(1, 1), at(4, 4), at(5, 5)));
        assertThat(s.gaps(Duration.ofMinutes(1))).containsExactly(new Gap(at(1, 0).at(), at(4, 0).at(), 2));
        assertThat(s.fillGaps(Duration.ofMinutes(1), FillPolicy.LINEAR).values()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(s.fillGaps(Duration.ofMinutes(1), FillPolicy.PREVIOUS).values()).containsExactly(0, 1, 1, 1, 4, 5);
        assertThat(s.fillGaps(Duration.ofMinutes(1), FillPolicy.ZERO).values()).containsExactly(0, 1, 0, 0, 4, 5);
        assertThat(s.fillGaps(Duration.ofMinutes(1), FillPolicy.ZERO).isRegular()).isTrue();
        assertThat(s.isRegular()).isFalse();
    }

    @Test
    void alignsSeriesOnCommonBuckets() {
        TimeSeries a = TimeSeries.of("a", Unit.NONE, List.of(at(0, 1), at(10, 2), at(20, 3)));
        TimeSeries b = TimeSeries.of("b", Unit.NONE, List.of(at(11, 5), at(21, 6), at(31, 7)));
        List<TimeSeries> aligned = TimeSeries.align(List.of(a, b), Duration.ofMinutes(10), Aggregation.MEAN);
        assertThat(aligned.get(0).instants()).isEqualTo(aligned.get(1).instants()).hasSize(2);
        assertThat(aligned.get(1).values()).containsExactly(5, 6);
    }

    @Test
    void monthlySeriesAreRegularWithAMonthStep() {
        TimeSeries m = TimeSeries.regular("m", Unit.NONE, Instant.parse("2024-01-01T00:00:00Z"), Period.ofMonths(1),
                new double[] {1, 2, 3, 4});
        assertThat(m.step()).contains(Period.ofMonths(1));
        assertThat(m.instantAfterLast(1)).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
    }

    @Test
    void rejectsOutOfOrderObservations() {
        assertThatThrownBy(() -> TimeSeries.of("x", Unit.NONE, List.of(at(5, 1), at(5, 2))))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("observations[1].at");
    }

    @Test
    void parsesCsvWithCommentsAndReportsBadLines() {
        TimeSeries s = TimeSeriesCsv.read(new StringReader("# demo\nperiod,value\n2024-01,1.5\n2024-02,2\n"),
                "demo", Unit.NONE);
        assertThat(s.values()).containsExactly(1.5, 2);
        assertThatThrownBy(() -> TimeSeriesCsv.read(new StringReader("period,value\n2024-01,abc\n"), "d", Unit.NONE))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("line 2.value");
    }

    @Test
    void readsTheSharedCo2Series() {
        Path co2 = SharedData.require("timeseries/co2.csv");
        TimeSeries s = TimeSeriesCsv.read(co2, "co2", Unit.of("ppm"));
        assertThat(s.size()).isEqualTo(468);
        assertThat(s.first().orElseThrow().value()).isEqualTo(315.42);
        assertThat(s.step()).contains(Period.ofMonths(1));
        assertThat(TimeSeriesCsv.declaredFrequency(co2)).hasValue(12);
    }

    @Test
    void readsTheSharedHalfHourlyLoadByIndex() {
        Path load = SharedData.require("timeseries/taylor_halfhourly_load.csv");
        TimeSeries s = TimeSeriesCsv.readIndexed(load, "load", Unit.MEGAWATTS, Instant.parse("2000-06-05T00:00:00Z"),
                Duration.ofMinutes(30));
        assertThat(s.size()).isEqualTo(4032);
        assertThat(s.step()).contains(Duration.ofMinutes(30));
        assertThat(s.resample(Duration.ofDays(1), Aggregation.MAX).size()).isEqualTo(84);
    }
}
