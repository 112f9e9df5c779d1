package org.itm.capacity.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TimeSeriesProperties {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static TimeSeries irregular(List<@IntRange(min = 0, max = 10_000) Integer> minutes) {
        List<Observation> obs = new ArrayList<>();
        for (int m : new TreeSet<>(minutes)) {
            obs.add(Observation.of(T0.plus(Duration.ofMinutes(m)), m % 97));
        }
        return TimeSeries.of("x", Unit.NONE, obs);
    }

    @Property(tries = 200)
    void resamplingBySumAndCountPreservesTotals(@ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 10_000) Integer> minutes,
                                               @ForAll @IntRange(min = 1, max = 240) int bucketMinutes) {
        TimeSeries s = irregular(minutes);
        Duration bucket = Duration.ofMinutes(bucketMinutes);
        double total = java.util.Arrays.stream(s.values()).sum();
        assertThat(java.util.Arrays.stream(s.resample(bucket, Aggregation.SUM).values()).sum())
                .isCloseTo(total, within(1e-6));
        assertThat(java.util.Arrays.stream(s.resample(bucket, Aggregation.COUNT).values()).sum())
                .isEqualTo(s.size());
        TimeSeries max = s.resample(bucket, Aggregation.MAX);
        TimeSeries mean = s.resample(bucket, Aggregation.MEAN);
        for (int i = 0; i < max.size(); i++) {
            assertThat(mean.values()[i]).isLessThanOrEqualTo(max.values()[i] + 1e-9);
        }
    }

    @Property(tries = 200)
    void fillingGapsLeavesNoGapAndKeepsEveryObservation(
            @ForAll @Size(min = 2, max = 100) List<@IntRange(min = 0, max = 3_000) Integer> minutes) {
        TimeSeries s = irregular(minutes);
        TimeSeries filled = s.fillGaps(Duration.ofMinutes(1), FillPolicy.LINEAR);
        assertThat(filled.gaps(Duration.ofMinutes(1))).isEmpty();
        assertThat(filled.instants()).containsAll(s.instants());
        long missing = s.gaps(Duration.ofMinutes(1)).stream().mapToLong(Gap::missing).sum();
        assertThat(filled.size()).isEqualTo(s.size() + missing);
    }
}
