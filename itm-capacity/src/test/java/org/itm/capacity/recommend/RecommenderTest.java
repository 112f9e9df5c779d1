package org.itm.capacity.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.itm.capacity.exhaustion.Resource;
import org.itm.capacity.exhaustion.ResourceKind;
import org.itm.capacity.forecast.Forecast;
import org.itm.capacity.series.TimeSeries;
import org.itm.capacity.series.Unit;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Unit CORES = Unit.of("cores");
    private final Resource vm = Resource.builder("vm-42").kind(ResourceKind.CPU).capacity(32, CORES).build();

    private static TimeSeries hourly(int hours, double value) {
        double[] v = new double[hours];
        for (int i = 0; i < hours; i++) {
            v[i] = value + (i % 24 == 12 ? 1 : 0);
        }
        return TimeSeries.regular("cpu", CORES, START, Duration.ofHours(1), v);
    }

    @Test
    void downsizesAfterThirtyDaysUnderTwentyPercentWithEvidence() {
        TimeSeries usage = hourly(31 * 24, 3); // ~9.4 % of 32 cores, 4 cores at noon
        Clock now = Clock.fixed(START.plus(Duration.ofDays(31)), ZoneOffset.UTC);
        Recommendation r = Recommender.create(now, RecommendationPolicy.defaults()).rightsizing(vm, usage)
                .orElseThrow();
        assertThat(r.kind()).isEqualTo(RecommendationKind.DOWNSIZE);
        // noon samples are 1/24 < 5 % of the window, so p95 = 3 cores; 3 / 0.6 = 5 cores keeps the 4-core peak
        // under 90 %
        assertThat(r.suggestedCapacity()).isCloseTo(5, within(1e-9));
        assertThat(r.evidence()).contains(new Evidence("p95 utilisation over 30 days", "9.4%"),
                new Evidence("peak utilisation", "12.5%"));
        assertThat(r.summary()).contains("downsize vm-42 from 32 to 5 cores");
    }

    @Test
    void doesNotDownsizeWithoutAFullWindowOfEvidenceOrWhenBusy() {
        Clock now = Clock.fixed(START.plus(Duration.ofDays(20)), ZoneOffset.UTC);
        assertThat(Recommender.create(now, RecommendationPolicy.defaults()).rightsizing(vm, hourly(20 * 24, 3)))
                .isEmpty();
        Clock later = Clock.fixed(START.plus(Duration.ofDays(31)), ZoneOffset.UTC);
        assertThat(Recommender.create(later, RecommendationPolicy.defaults()).rightsizing(vm, hourly(31 * 24, 20)))
                .isEmpty();
    }

    @Test
    void scalesUpAheadOfExhaustionWithTheOrderByDate() {
        Resource disk = Resource.builder("disk").kind(ResourceKind.STORAGE).capacity(100, Unit.GIBIBYTES)
                .thresholds(0.8, 0.9).procurementLeadTime(Duration.ofDays(5)).build();
        TimeSeries usage = TimeSeries.regular("disk", Unit.GIBIBYTES, START, Duration.ofDays(1),
                new double[] {70, 72, 74});
        double[] mean = new double[20];
        for (int h = 0; h < mean.length; h++) {
            mean[h] = 74 + 2 * (h + 1);
        }
        Clock now = Clock.fixed(START.plus(Duration.ofDays(2)), ZoneOffset.UTC);
        Recommendation r = Recommender.create(now, RecommendationPolicy.defaults())
                .scaleUp(disk, usage, new Forecast("t", mean, List.of())).orElseThrow();
        assertThat(r.kind()).isEqualTo(RecommendationKind.SCALE_UP);
        assertThat(r.suggestedCapacity()).isCloseTo(114 / 0.9, within(1e-9));
        assertThat(r.actBy()).contains(START.plus(Duration.ofDays(2 + 8 - 5)));
        assertThat(r.evidence()).contains(new Evidence("critical threshold reached", "2026-01-11"));
        assertThat(r.summary()).contains("order by 2026-01-06");
    }
}
