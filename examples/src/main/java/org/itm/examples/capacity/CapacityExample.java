package org.itm.examples.capacity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.itm.capacity.exhaustion.ExhaustionAnalyzer;
import org.itm.capacity.exhaustion.ExhaustionReport;
import org.itm.capacity.exhaustion.Resource;
import org.itm.capacity.exhaustion.ResourceKind;
import org.itm.capacity.forecast.Ets;
import org.itm.capacity.forecast.EtsSelection;
import org.itm.capacity.forecast.Forecast;
import org.itm.capacity.queueing.Staffing;
import org.itm.capacity.queueing.StaffingPlan;
import org.itm.capacity.queueing.StaffingTarget;
import org.itm.capacity.queueing.Workload;
import org.itm.capacity.series.Aggregation;
import org.itm.capacity.series.TimeSeries;
import org.itm.capacity.series.TimeSeriesCsv;
import org.itm.capacity.series.Unit;
import org.itm.examples.SharedDataFiles;

/**
 * Forecasts half-hourly electricity load and a storage pool, prints when each reaches its critical threshold,
 * and sizes a service desk with Erlang C.
 *
 * <p>Run from the repository: {@code mvn -q -pl examples exec:java -Dexec.mainClass=org.itm.examples.capacity.CapacityExample}.
 * The load series is read from {@code shared/data/timeseries/taylor_halfhourly_load.csv} beside the checkout (or
 * {@code -Ditm.shared.data=...}); without it a similar series is generated.
 */
public final class CapacityExample {

    private CapacityExample() {
    }

    public static void main(String[] args) {
        electricityLoad();
        storagePool();
        serviceDeskStaffing();
    }

    private static void electricityLoad() {
        TimeSeries load = SharedDataFiles.find("timeseries/taylor_halfhourly_load.csv")
                .map(p -> TimeSeriesCsv.readIndexed(p, "load", Unit.MEGAWATTS, Instant.parse("2000-06-05T00:00:00Z"),
                        Duration.ofMinutes(30)))
                .orElseGet(CapacityExample::generatedLoad);
        System.out.printf("== Electricity load: %d half-hours, peak %.0f MW%n", load.size(),
                Aggregation.MAX.apply(load.values()));
        // one week of half-hours is the seasonal cycle (weekday and weekend profiles differ)
        EtsSelection selection = Ets.auto(load.values(), 336);
        Forecast week = selection.best().forecast(336);
        System.out.println("model: " + selection.explanation());
        Resource grid = Resource.builder("grid-supply").kind(ResourceKind.OTHER).capacity(40_000, Unit.MEGAWATTS)
                .thresholds(0.85, 0.95).procurementLeadTime(Duration.ofDays(2)).build();
        report(grid, load, week);
    }

    private static void storagePool() {
        Random random = new Random(7);
        double[] used = new double[730];
        for (int d = 0; d < used.length; d++) {
            double weekday = (d % 7 < 5) ? 1.5 : -1.0; // backups land on weekdays
            used[d] = 350 + 0.45 * d + weekday + 2.0 * random.nextGaussian();
        }
        TimeSeries usage = TimeSeries.regular("san-01 used", Unit.of("TB"), Instant.parse("2025-01-01T00:00:00Z"),
                Duration.ofDays(1), used);
        System.out.printf("%n== Storage pool: %d daily samples, now %.0f TB%n", usage.size(),
                usage.last().orElseThrow().value());
        EtsSelection selection = Ets.auto(usage.values(), 7);
        System.out.println("model: " + selection.explanation());
        Resource san = Resource.builder("san-01").kind(ResourceKind.STORAGE).capacity(1_000, Unit.of("TB"))
                .thresholds(0.8, 0.9).procurementLeadTime(Duration.ofDays(60)).build();
        report(san, usage, selection.best().forecast(730));
    }

    private static void report(Resource resource, TimeSeries usage, Forecast forecast) {
        // "now" is the end of the history, so the example prints the same dates whenever it runs
        Clock now = Clock.fixed(usage.last().orElseThrow().at(), ZoneOffset.UTC);
        ExhaustionReport r = ExhaustionAnalyzer.create(now).analyze(resource, usage, forecast);
        System.out.println(r.explanation());
        r.warning().expected().ifPresent(t -> System.out.printf("warning threshold (%.0f%%) expected %s%n",
                resource.warningThreshold() * 100, t.atZone(ZoneOffset.UTC).toLocalDate()));
    }

    private static void serviceDeskStaffing() {
        System.out.printf("%n== Service desk staffing (80%% answered within 20 s, AHT 180 s)%n");
        StaffingTarget target = StaffingTarget.of(0.80, Duration.ofSeconds(20));
        int[] contactsPerHalfHour = {40, 100, 160, 220, 180, 120, 60};
        String[] slots = {"08:00", "09:00", "10:00", "11:00", "13:00", "15:00", "17:00"};
        System.out.printf("%-6s %9s %8s %7s %11s %9s%n", "slot", "contacts", "Erlangs", "agents", "service lvl",
                "ASA (s)");
        for (int i = 0; i < slots.length; i++) {
            Workload w = Workload.of(contactsPerHalfHour[i], Duration.ofMinutes(30), Duration.ofMinutes(3));
            StaffingPlan plan = Staffing.minimumAgents(w, target);
            System.out.printf("%-6s %9d %8.1f %7d %10.1f%% %9.1f%n", slots[i], contactsPerHalfHour[i], plan.erlangs(),
                    plan.agents(), plan.recommended().serviceLevel() * 100,
                    plan.recommended().averageSpeedOfAnswerSeconds());
        }
    }

    private static TimeSeries generatedLoad() {
        Random random = new Random(11);
        double[] v = new double[12 * 336];
        for (int t = 0; t < v.length; t++) {
            double daily = Math.sin(2 * Math.PI * (t % 48) / 48 - Math.PI / 2);
            double weekend = (t % 336) >= 240 ? -3_000 : 0;
            v[t] = 29_000 + 6_000 * daily + weekend + 15 * t / 48.0 + 400 * random.nextGaussian();
        }
        return TimeSeries.regular("load (generated)", Unit.MEGAWATTS, Instant.parse("2000-06-05T00:00:00Z"),
                Duration.ofMinutes(30), v);
    }

}
