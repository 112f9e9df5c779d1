package org.itm.capacity.exhaustion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.itm.capacity.forecast.Forecast;
import org.itm.capacity.forecast.Forecaster;
import org.itm.capacity.forecast.PredictionInterval;
import org.itm.capacity.series.TimeSeries;
import org.itm.capacity.series.Unit;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class ExhaustionAnalyzerTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Unit TB = Unit.of("TB");

    private final Resource storage = Resource.builder("storage-a").kind(ResourceKind.STORAGE).capacity(1000, TB)
            .thresholds(0.8, 0.9).procurementLeadTime(Duration.ofDays(30)).build();

    private static TimeSeries daily(double... values) {
        return TimeSeries.regular("used", TB, START, Duration.ofDays(1), values);
    }

    /** Usage grows 10 TB/day from 800 with a ±20 TB band. */
    private static Forecast linear(int horizon) {
        double[] mean = new double[horizon];
        double[] lo = new double[horizon];
        double[] hi = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            mean[h] = 800 + 10 * (h + 1);
            lo[h] = mean[h] - 20;
            hi[h] = mean[h] + 20;
        }
        return new Forecast("test", mean, List.of(new PredictionInterval(0.8, lo, hi)));
    }

    @Test
    void findsTheCrossingDateItsIntervalAndTheOrderByDate() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-03T00:00:00Z"), ZoneOffset.UTC);
        ExhaustionReport r = ExhaustionAnalyzer.create(clock).analyze(storage, daily(780, 790, 800), linear(30));

        Instant lastObserved = START.plus(Duration.ofDays(2));
        assertThat(r.currentUsage()).isEqualTo(800);
        assertThat(r.headroom()).isEqualTo(100);
        assertThat(r.headroomFraction()).isCloseTo(0.1, within(1e-12));
        assertThat(r.critical().expected()).contains(lastObserved.plus(Duration.ofDays(10)));
        assertThat(r.critical().earliest()).contains(lastObserved.plus(Duration.ofDays(8)));
        assertThat(r.critical().latest()).contains(lastObserved.plus(Duration.ofDays(12)));
        assertThat(r.warning().expected()).contains(lastObserved);
        assertThat(r.orderBy()).contains(lastObserved.plus(Duration.ofDays(10)).minus(Duration.ofDays(30)));
        assertThat(r.orderOverdue()).isTrue();
        assertThat(r.explanation()).contains("reaches 90% (900 TB) on 2026-01-13")
                .contains("80% interval 2026-01-11 – 2026-01-15").contains("OVERDUE");
    }

    @Test
    void interpolatesBetweenForecastSteps() {
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        double[] mean = {850, 950};
        ExhaustionReport r = ExhaustionAnalyzer.create(clock)
                .analyze(storage, daily(790, 800), new Forecast("t", mean, List.of()));
        assertThat(r.critical().expected()).contains(START.plus(Duration.ofHours(24 + 36)));
        assertThat(r.critical().intervalLevel()).isZero();
        assertThat(r.orderOverdue()).isTrue();
    }

    @Test
    void saysWhenNothingIsReachedWithinTheHorizon() {
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        ExhaustionReport r = ExhaustionAnalyzer.create(clock).analyze(storage, daily(100, 100, 100, 100, 100, 100),
                Forecaster.seasonalNaive(1), 10);
        assertThat(r.critical().expected()).isEmpty();
        assertThat(r.orderBy()).isEmpty();
        assertThat(r.orderOverdue()).isFalse();
        assertThat(r.explanation()).contains("stays below 90%");
    }

    @Test
    void rejectsUsageInAnotherUnitAndBadResources() {
        ExhaustionAnalyzer a = ExhaustionAnalyzer.create(Clock.fixed(START, ZoneOffset.UTC));
        TimeSeries gib = TimeSeries.regular("x", Unit.GIBIBYTES, START, Duration.ofDays(1), new double[] {1, 2});
        assertThatThrownBy(() -> a.analyze(storage, gib, linear(3)))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("usage.unit");
        assertThatThrownBy(() -> Resource.builder("bad id!").capacity(-1, TB).thresholds(0.9, 0.8).build())
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("id").hasMessageContaining("capacity").hasMessageContaining("criticalThreshold");
    }

    @Test
    void theResourceSupportingTheLeastVolumeIsTheBottleneck() {
        Resource cpu = Resource.builder("cpu").kind(ResourceKind.CPU).capacity(64, Unit.of("cores")).build();
        Resource db = Resource.builder("db-storage").kind(ResourceKind.STORAGE).capacity(10, TB).build();
        ServiceDemand shop = new ServiceDemand("web-shop", "orders/day", List.of(
                new DemandDriver(cpu, 8, 0.004), // 90% of 64 = 57.6 cores -> (57.6-8)/0.004 = 12,400 orders
                new DemandDriver(db, 2, 0.0005))); // 9 TB -> (9-2)/0.0005 = 14,000 orders
        TimeSeries orders = TimeSeries.regular("orders", Unit.NONE, START, Duration.ofDays(1),
                new double[] {10_000, 10_100, 10_200});
        double[] mean = new double[60];
        for (int h = 0; h < mean.length; h++) {
            mean[h] = 10_200 + 100 * (h + 1);
        }
        BottleneckReport r = Bottlenecks.analyze(shop, orders, new Forecast("t", mean, List.of()),
                ExhaustionAnalyzer.create(Clock.fixed(START, ZoneOffset.UTC)));
        assertThat(r.bottleneck().driver().resource().id()).isEqualTo("cpu");
        assertThat(r.bottleneck().supportedVolume()).isCloseTo(12_400, within(1e-6));
        assertThat(r.bottleneck().report().critical().expected())
                .contains(START.plus(Duration.ofDays(2 + 22)));
        assertThat(r.explanation()).contains("cpu is the bottleneck of web-shop").contains("at 12400 orders/day, before db-storage at 14000");
    }
}
