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
 *
 * @since 0.1
 */
public final class SloMonitor {

    private final Clock clock;

    private SloMonitor(Clock clock) {
        this.clock = clock;
    }

    /**
     * A monitor.
     *
     * @param clock supplies "now", the end of every window
     * @return a monitor, safe to share between threads
     * @throws org.itm.core.ItmValidationException if {@code clock} is null
     */
    public static SloMonitor create(Clock clock) {
        return new SloMonitor(Checks.notNull(clock, "clock"));
    }

    /**
     * The SLO's attainment and error budget over its window ending now, from event counts.
     *
     * @param slo     the objective
     * @param samples good and total counts, in any order; those outside the window are ignored
     * @return attainment, budget consumed and bad events still allowed; attainment 1 when no event fell in the
     *         window
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
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
     *
     * @param slo            the objective, applied to time rather than events
     * @param outages        outages in any order; clipped to the window
     * @param excludePlanned whether planned maintenance is left out
     * @return the budget, downtime, remaining budget (negative when breached) and share consumed
     * @throws org.itm.core.ItmValidationException if an argument is null
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

    /**
     * Burn rate over the window ending now: error rate divided by the error budget fraction. A rate of 1 spends
     * the budget exactly over the SLO's window; 14.4 spends 2 % of a 30-day budget in one hour.
     *
     * @param slo     the objective whose budget is burnt
     * @param samples good and total counts, in any order
     * @param window  how far back from now to look; positive
     * @return the burn rate, 0 or more; 0 when no event fell in the window
     * @throws org.itm.core.ItmValidationException if an argument is null or {@code window} is not positive
     */
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

    /**
     * Evaluates each alert rule; an alert fires when the burn rate reaches its threshold over both its windows.
     *
     * @param slo     the objective
     * @param samples good and total counts, in any order
     * @param alerts  the rules, e.g. {@link BurnRateAlert#sreWorkbookDefaults()}
     * @return one decision per rule, in the order given
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
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
