package org.itm.capacity.slo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.time.TimeInterval;
import org.junit.jupiter.api.Test;

class SloTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static TimeInterval minutes(int from, int to) {
        return TimeInterval.of(T0.plus(Duration.ofMinutes(from)), T0.plus(Duration.ofMinutes(to)));
    }

    @Test
    void errorBudgetOfThreeNinesOverThirtyDaysIs43Point2Minutes() {
        Slo slo = new Slo("checkout availability", 0.999, Duration.ofDays(30));
        assertThat(slo.errorBudget()).isEqualTo(Duration.ofSeconds(2592));
        assertThat(slo.errorBudget().toSeconds() / 60.0).isEqualTo(43.2);
        assertThatThrownBy(() -> new Slo("x", 1.0, Duration.ofDays(30))).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void overlappingOutagesCountOnceAndPlannedMaintenanceCanBeExcluded() {
        TimeInterval day = TimeInterval.of(T0, T0.plus(Duration.ofDays(1)));
        List<Outage> outages = List.of(
                Outage.unplanned(minutes(60, 90)),
                Outage.unplanned(minutes(80, 100)), // overlaps: 60-100 = 40 min
                Outage.planned(minutes(600, 660)), // 60 min maintenance
                Outage.unplanned(minutes(650, 670)), // 10 of its 20 min inside maintenance
                Outage.unplanned(minutes(-30, 10))); // clipped to 10 min
        AvailabilityReport counted = Availability.measure(day, outages, false);
        assertThat(counted.downtime()).isEqualTo(Duration.ofMinutes(40 + 70 + 10));
        assertThat(counted.availability()).isCloseTo(1 - 120.0 / 1440, within(1e-12));

        AvailabilityReport excluded = Availability.measure(day, outages, true);
        assertThat(excluded.excludedMaintenance()).isEqualTo(Duration.ofMinutes(60));
        assertThat(excluded.serviceTime()).isEqualTo(Duration.ofMinutes(1380));
        assertThat(excluded.downtime()).isEqualTo(Duration.ofMinutes(40 + 10 + 10));
        assertThat(excluded.availability()).isCloseTo(1 - 60.0 / 1380, within(1e-12));
        assertThat(excluded.downIntervals()).hasSize(3);
    }

    private static List<SliSample> minutely(Instant end, int minutes, long total, java.util.function.IntToLongFunction bad) {
        List<SliSample> out = new ArrayList<>();
        for (int i = minutes; i >= 1; i--) {
            out.add(new SliSample(end.minus(Duration.ofMinutes(i)), total - bad.applyAsLong(i), total));
        }
        return out;
    }

    @Test
    void fastBurnPagesOnlyWhenBothWindowsBurn() {
        Instant now = T0.plus(Duration.ofDays(2));
        Slo slo = new Slo("api", 0.999, Duration.ofDays(30));
        SloMonitor monitor = SloMonitor.create(Clock.fixed(now, ZoneOffset.UTC));
        // 2 % errors in each of the last 60 minutes: burn rate 20x over 1 h and 5 min
        List<SliSample> burning = minutely(now, 60, 1000, i -> 20);
        List<AlertDecision> d = monitor.evaluate(slo, burning, BurnRateAlert.sreWorkbookDefaults());
        assertThat(d.get(0).longBurnRate()).isCloseTo(20, within(1e-9));
        assertThat(d.get(0).firing()).isTrue();
        assertThat(d.get(0).explanation()).contains("page-fast FIRING").contains("over 1h").contains("over 5m");
        assertThat(d.get(1).firing()).isTrue(); // 6x over 6h: only 1h of data in the 6h window, all at 20x
        // the incident ended 10 minutes ago: the short window recovers and the page resets
        List<SliSample> recovered = minutely(now, 60, 1000, i -> i > 10 ? 20 : 0);
        AlertDecision fast = monitor.evaluate(slo, recovered, BurnRateAlert.sreWorkbookDefaults()).get(0);
        assertThat(fast.longBurnRate()).isGreaterThan(14.4);
        assertThat(fast.shortBurnRate()).isZero();
        assertThat(fast.firing()).isFalse();
    }

    @Test
    void downtimeConsumesTheTimeBudgetOfTheRollingWindow() {
        Instant now = T0.plus(Duration.ofDays(30));
        Slo slo = new Slo("portal", 0.999, Duration.ofDays(30));
        SloMonitor monitor = SloMonitor.create(Clock.fixed(now, ZoneOffset.UTC));
        List<Outage> outages = List.of(Outage.unplanned(minutes(100, 121)), // 21 min
                Outage.planned(minutes(2000, 2120)), // 2 h maintenance
                Outage.unplanned(minutes(-500, -400))); // before the window
        DowntimeBudget counted = monitor.downtimeBudget(slo, outages, false);
        assertThat(counted.budget()).isEqualTo(Duration.ofSeconds(2592));
        assertThat(counted.downtime()).isEqualTo(Duration.ofMinutes(141));
        assertThat(counted.met()).isFalse();
        DowntimeBudget excluded = monitor.downtimeBudget(slo, outages, true);
        assertThat(excluded.downtime()).isEqualTo(Duration.ofMinutes(21));
        // the budget shrinks with the service time: (30 days - 2 h) x 0.1 %
        assertThat(excluded.budget()).isEqualTo(Duration.ofNanos(Math.round(
                Duration.ofDays(30).minusHours(2).toNanos() * (1 - 0.999))));
        assertThat(excluded.remaining()).isEqualTo(excluded.budget().minus(Duration.ofMinutes(21)));
        assertThat(excluded.budgetConsumed()).isCloseTo(21.0 / excluded.budget().toSeconds() * 60, within(1e-3));
        assertThat(excluded.met()).isTrue();
    }

    @Test
    void statusReportsBudgetConsumption() {
        Instant now = T0.plus(Duration.ofDays(40));
        Slo slo = new Slo("api", 0.99, Duration.ofDays(30));
        List<SliSample> samples = List.of(
                new SliSample(now.minus(Duration.ofDays(31)), 0, 1000), // outside the window
                new SliSample(now.minus(Duration.ofDays(10)), 9_950, 10_000));
        SloStatus s = SloMonitor.create(Clock.fixed(now, ZoneOffset.UTC)).status(slo, samples);
        assertThat(s.total()).isEqualTo(10_000);
        assertThat(s.attainment()).isCloseTo(0.995, within(1e-12));
        assertThat(s.budgetConsumed()).isCloseTo(0.5, within(1e-12));
        assertThat(s.budgetRemainingEvents()).isCloseTo(50, within(1e-9));
        assertThat(s.met()).isTrue();
    }

    @Test
    void apdexAndPercentilesPerService() {
        List<RequestSample> samples = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            samples.add(new RequestSample("search", T0, Duration.ofMillis(i * 10L), i == 100));
        }
        samples.add(new RequestSample("login", T0, Duration.ofMillis(50), false));
        // T = 500 ms: 1..50 satisfied (50), 51..99 tolerating (49, all <= 2 s), request 100 failed -> frustrated
        ApdexScore apdex = Performance.apdex(samples.subList(0, 100), Duration.ofMillis(500));
        assertThat(apdex.satisfied()).isEqualTo(50);
        assertThat(apdex.tolerating()).isEqualTo(49);
        assertThat(apdex.frustrated()).isEqualTo(1);
        assertThat(apdex.score()).isCloseTo(0.745, within(1e-12));

        Map<String, ServicePerformance> perf = Performance.perService(samples, Duration.ofMillis(500));
        ServicePerformance search = perf.get("search");
        assertThat(search.requests()).isEqualTo(100);
        assertThat(search.errorRate()).isCloseTo(0.01, within(1e-12));
        assertThat(search.p50()).isEqualTo(Duration.ofMillis(505));
        assertThat(search.p95()).isEqualTo(Duration.ofMillis(950).plusNanos(500_000));
        assertThat(perf.get("login").apdex().score()).isEqualTo(1.0);
    }
}
