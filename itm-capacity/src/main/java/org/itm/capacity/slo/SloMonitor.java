package org.itm.capacity.slo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;

/**
 * Evaluates SLOs and burn-rate alerts over event-count samples, for windows ending at the clock's "now".
 * A sample counts in a window when its start lies in {@code [now − window, now)}.
 */
public final class SloMonitor {

    private final Clock clock;

    private SloMonitor(Clock clock) {
        this.clock = clock;
    }

    public static SloMonitor create(Clock clock) {
        return new SloMonitor(Checks.notNull(clock, "clock"));
    }

    /** The SLO's attainment and error budget over its window ending now. */
    public SloStatus status(Slo slo, List<SliSample> samples) {
        Checks.notNull(slo, "slo");
        Checks.notNull(samples, "samples");
        Instant now = clock.instant();
        long[] gt = counts(samples, now.minus(slo.window()), now);
        long good = gt[0];
        long total = gt[1];
        double attainment = total == 0 ? 1.0 : (double) good / total;
        double allowedBad = total * slo.errorBudgetFraction();
        long bad = total - good;
        double consumed = allowedBad == 0 ? (bad == 0 ? 0 : Double.POSITIVE_INFINITY) : bad / allowedBad;
        return new SloStatus(slo, now, good, total, attainment, consumed, allowedBad - bad,
                attainment >= slo.objective());
    }

    /**
     * A time-based SLO's error budget from outages over its window ending now; with {@code excludePlanned},
     * planned maintenance counts neither as downtime nor as service time.
     */
    public DowntimeBudget downtimeBudget(Slo slo, List<Outage> outages, boolean excludePlanned) {
        Checks.notNull(slo, "slo");
        Checks.notNull(outages, "outages");
        Instant now = clock.instant();
        AvailabilityReport report = Availability.measure(
                TimeInterval.of(now.minus(slo.window()), now), outages, excludePlanned);
        Duration budget = Duration.ofNanos(Math.round(report.serviceTime().toNanos() * slo.errorBudgetFraction()));
        Duration remaining = budget.minus(report.downtime());
        double consumed = budget.isZero() ? (report.downtime().isZero() ? 0 : Double.POSITIVE_INFINITY)
                : (double) report.downtime().toNanos() / budget.toNanos();
        return new DowntimeBudget(slo, report, budget, report.downtime(), remaining, consumed,
                report.availability() >= slo.objective());
    }

    /** Burn rate over the window ending now: error rate divided by the error budget fraction. */
    public double burnRate(Slo slo, List<SliSample> samples, Duration window) {
        Checks.notNull(slo, "slo");
        Checks.notNull(samples, "samples");
        Checks.positive(window, "window");
        Instant now = clock.instant();
        long[] gt = counts(samples, now.minus(window), now);
        if (gt[1] == 0) {
            return 0;
        }
        return ((double) (gt[1] - gt[0]) / gt[1]) / slo.errorBudgetFraction();
    }

    /** Evaluates each alert rule; see {@link BurnRateAlert#sreWorkbookDefaults()}. */
    public List<AlertDecision> evaluate(Slo slo, List<SliSample> samples, List<BurnRateAlert> alerts) {
        Checks.notNull(alerts, "alerts");
        return alerts.stream().map(a -> {
            double lng = burnRate(slo, samples, a.longWindow());
            double shrt = burnRate(slo, samples, a.shortWindow());
            boolean firing = lng >= a.burnRate() && shrt >= a.burnRate();
            String why = String.format(Locale.ROOT, "%s %s: burn rate %.2fx over %s and %.2fx over %s against %.1fx",
                    a.name(), firing ? "FIRING" : "ok", lng, human(a.longWindow()), shrt, human(a.shortWindow()),
                    a.burnRate());
            return new AlertDecision(a, lng, shrt, firing, why);
        }).toList();
    }

    private static long[] counts(List<SliSample> samples, Instant from, Instant to) {
        long good = 0;
        long total = 0;
        for (SliSample s : samples) {
            if (!s.at().isBefore(from) && s.at().isBefore(to)) {
                good += s.good();
                total += s.total();
            }
        }
        return new long[] {good, total};
    }

    private static String human(Duration d) {
        if (d.toDays() > 0 && d.toHoursPart() == 0 && d.toMinutesPart() == 0) {
            return d.toDays() + "d";
        }
        if (d.toHours() > 0 && d.toMinutesPart() == 0) {
            return d.toHours() + "h";
        }
        return d.toMinutes() + "m";
    }
}
