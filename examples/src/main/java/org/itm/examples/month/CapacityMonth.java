package org.itm.examples.month;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.itm.capacity.exhaustion.ExhaustionAnalyzer;
import org.itm.capacity.exhaustion.ExhaustionReport;
import org.itm.capacity.exhaustion.Resource;
import org.itm.capacity.exhaustion.ResourceKind;
import org.itm.capacity.forecast.Ets;
import org.itm.capacity.forecast.EtsSelection;
import org.itm.capacity.forecast.Forecast;
import org.itm.capacity.forecast.ForecastPoint;
import org.itm.capacity.queueing.Staffing;
import org.itm.capacity.queueing.StaffingPlan;
import org.itm.capacity.queueing.StaffingTarget;
import org.itm.capacity.queueing.Workload;
import org.itm.capacity.series.Aggregation;
import org.itm.capacity.series.TimeSeries;
import org.itm.capacity.series.TimeSeriesCsv;
import org.itm.capacity.series.Unit;
import org.itm.examples.report.Band;
import org.itm.examples.report.BandPoint;
import org.itm.examples.report.LineChart;
import org.itm.examples.report.Point;
import org.itm.examples.report.Rag;
import org.itm.examples.report.Section;
import org.itm.examples.report.Table;
import org.itm.examples.report.Tile;
import org.itm.examples.report.ValueFormat;

/**
 * Capacity for the month: forecasts with prediction intervals, the dates thresholds will be crossed, and the
 * service desk staffing plan from Erlang C.
 *
 * @param outlooks one forecast and exhaustion report per resource
 * @param staffing one staffing plan per half-hour slot of the busiest day
 */
public record CapacityMonth(List<Outlook> outlooks, List<SlotPlan> staffing) {

    /** A resource's history, its forecast and when it runs out. */
    public record Outlook(Resource resource, TimeSeries history, EtsSelection model, Forecast forecast,
                          ExhaustionReport exhaustion) {
    }

    /** The agents a half-hour slot needs for 80 % of contacts answered within 20 s. */
    public record SlotPlan(String slot, int contacts, StaffingPlan plan) {
    }

    /** Runs the capacity review; {@code load} is the public electricity series when present. */
    public static CapacityMonth run(long seed, Instant monthEnd, Optional<Path> load) {
        List<Outlook> outlooks = new ArrayList<>();
        outlooks.add(storage(seed, monthEnd));
        load.ifPresent(path -> outlooks.add(electricity(path)));
        return new CapacityMonth(outlooks, staffingPlans());
    }

    private static Outlook storage(long seed, Instant monthEnd) {
        Random random = new Random(seed);
        int days = 730;
        double[] used = new double[days];
        for (int d = 0; d < days; d++) {
            double weekday = (d % 7 < 5) ? 1.5 : -1.0; // backups land on weekdays
            used[d] = 420 + 0.42 * d + weekday + 2.0 * random.nextGaussian();
        }
        TimeSeries usage = TimeSeries.regular("san-01 used", Unit.of("TB"), monthEnd.minus(Duration.ofDays(days - 1)),
                Duration.ofDays(1), used);
        Resource san = Resource.builder("san-01").kind(ResourceKind.STORAGE).capacity(1_000, Unit.of("TB"))
                .thresholds(0.8, 0.9).procurementLeadTime(Duration.ofDays(60)).build();
        return outlook(san, usage, 7, 365);
    }

    private static Outlook electricity(Path csv) {
        TimeSeries halfHourly = TimeSeriesCsv.readIndexed(csv, "load", Unit.MEGAWATTS,
                Instant.parse("2000-06-05T00:00:00Z"), Duration.ofMinutes(30));
        // daily peaks carry the weekly pattern and keep the model small
        TimeSeries peaks = halfHourly.resample(Duration.ofDays(1), Aggregation.MAX);
        Resource grid = Resource.builder("grid-supply").kind(ResourceKind.OTHER).capacity(40_000, Unit.MEGAWATTS)
                .thresholds(0.85, 0.95).procurementLeadTime(Duration.ofDays(2)).build();
        return outlook(grid, peaks, 7, 28);
    }

    private static Outlook outlook(Resource resource, TimeSeries history, int period, int horizon) {
        EtsSelection model = Ets.auto(history.values(), period);
        Forecast forecast = model.best().forecast(horizon);
        // "now" is the end of the history, so the report shows the same dates on every run
        Clock asOf = Clock.fixed(history.last().orElseThrow().at(), ZoneOffset.UTC);
        ExhaustionReport exhaustion = ExhaustionAnalyzer.create(asOf).analyze(resource, history, forecast);
        return new Outlook(resource, history, model, forecast, exhaustion);
    }

    private static List<SlotPlan> staffingPlans() {
        StaffingTarget target = StaffingTarget.of(0.80, Duration.ofSeconds(20));
        int[] contacts = {40, 100, 160, 220, 180, 120, 60};
        String[] slots = {"08:00", "09:00", "10:00", "11:00", "13:00", "15:00", "17:00"};
        List<SlotPlan> plans = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            Workload w = Workload.of(contacts[i], Duration.ofMinutes(30), Duration.ofMinutes(3));
            plans.add(new SlotPlan(slots[i], contacts[i], Staffing.minimumAgents(w, target)));
        }
        return plans;
    }

    /** The capacity section of the report. */
    Section section() {
        Section.Builder s = Section.builder("capacity", "Capacity: forecasts, exhaustion and staffing")
                .paragraph("Forecasts use the exponential-smoothing model with the lowest AICc; the band is the 95 %"
                        + " prediction interval and the dashed line the critical threshold.");
        List<Tile> tiles = new ArrayList<>();
        for (Outlook o : outlooks) {
            ExhaustionReport e = o.exhaustion();
            tiles.add(new Tile(o.resource().id() + " headroom",
                    String.format(Locale.ROOT, "%.0f%%", e.headroomFraction() * 100),
                    e.orderOverdue() ? Rag.RED : e.critical().expected().isPresent() ? Rag.AMBER : Rag.GREEN,
                    e.critical().expected().map(t -> "critical on " + t.atZone(ZoneOffset.UTC).toLocalDate())
                            .orElse("no crossing in the horizon")));
        }
        s.tiles(tiles);
        for (Outlook o : outlooks) {
            s.chart(chart(o));
            s.paragraph(o.exhaustion().explanation() + " Model: " + o.model().explanation());
        }
        Table.Builder t = Table.builder("Service desk staffing (80 % answered within 20 s, 180 s handling) — the Agents column is the"
                        + " rota to plan; slots whose service level barely clears 80 % are the first to fail")
                .header("Slot", "Contacts / 30 min", "Erlangs", "Agents", "Service level %", "ASA s");
        for (SlotPlan p : staffing) {
            t.row(p.slot(), p.contacts(), round1(p.plan().erlangs()), p.plan().agents(),
                    round1(p.plan().recommended().serviceLevel() * 100),
                    round1(p.plan().recommended().averageSpeedOfAnswerSeconds()));
        }
        return s.table(t.build()).build();
    }

    private static LineChart chart(Outlook o) {
        List<Point> actual = new ArrayList<>();
        TimeSeries recent = o.history().tail(Math.min(o.history().size(), 180));
        recent.observations().forEach(p -> actual.add(new Point(day(p.at()), p.value())));
        List<Point> mean = new ArrayList<>();
        List<BandPoint> band = new ArrayList<>();
        for (ForecastPoint p : o.forecast().points(o.history(), 0.95)) {
            mean.add(new Point(day(p.at()), p.mean()));
            band.add(new BandPoint(day(p.at()), p.lower(), p.upper()));
        }
        return LineChart.builder(o.resource().id() + ": forecast with 95 % prediction band")
                .xAxis("Date").yAxis(o.history().unit().symbol()).xFormat(ValueFormat.DATE)
                .series("Actual", actual).series("Forecast", mean)
                .band(new Band("95 % prediction interval", band))
                .threshold("Critical", o.resource().criticalLimit())
                .showPoints(false).build();
    }

    private static double day(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
