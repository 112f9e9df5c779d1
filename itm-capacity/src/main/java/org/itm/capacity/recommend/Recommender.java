package org.itm.capacity.recommend;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itm.capacity.exhaustion.ExhaustionAnalyzer;
import org.itm.capacity.exhaustion.ExhaustionReport;
import org.itm.capacity.exhaustion.Resource;
import org.itm.capacity.internal.Format;
import org.itm.capacity.forecast.Forecast;
import org.itm.capacity.series.Aggregation;
import org.itm.capacity.series.TimeSeries;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * Rightsizing and scale-up recommendations. A resource is downsized when its p95 utilisation stayed under the
 * policy's threshold for the whole observation window ending now; it is scaled up when its forecast reaches the
 * critical threshold, by enough to keep the forecast peak under it, with the order-by date as deadline. Each
 * {@link Recommendation} lists its {@link Evidence} and states itself in one sentence.
 *
 * @since 0.1
 */
public final class Recommender {

    private final Clock clock;
    private final RecommendationPolicy policy;

    private Recommender(Clock clock, RecommendationPolicy policy) {
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * A recommender.
     *
     * @param clock  supplies "now": the end of the observation window and the reference for overdue orders
     * @param policy the rightsizing thresholds, e.g. {@link RecommendationPolicy#defaults()}
     * @return a recommender, safe to share between threads
     * @throws ItmValidationException if an argument is null
     */
    public static Recommender create(Clock clock, RecommendationPolicy policy) {
        return new Recommender(Checks.notNull(clock, "clock"), Checks.notNull(policy, "policy"));
    }

    /**
     * A downsizing recommendation if {@code usage} over the observation window (ending at the clock's now,
     * inclusive) justifies one. The suggested capacity runs the window's p95 at the policy's target utilisation,
     * but never so low that the window's peak would exceed the critical threshold.
     *
     * @param resource the resource
     * @param usage    its usage history, in the resource's unit
     * @return the recommendation, or empty when the history does not cover the whole window, p95 utilisation
     *         reached the policy's low threshold, or the suggested capacity would not be smaller
     * @throws ItmValidationException if an argument is null or the unit of {@code usage} is not the resource's
     */
    public Optional<Recommendation> rightsizing(Resource resource, TimeSeries usage) {
        Checks.notNull(resource, "resource");
        Checks.notNull(usage, "usage");
        requireUnit(resource, usage);
        Instant now = clock.instant();
        Instant from = now.minus(policy.observationWindow());
        if (usage.isEmpty() || usage.first().orElseThrow().at().isAfter(from)) {
            return Optional.empty(); // not observed for the whole window: no evidence either way
        }
        TimeSeries window = usage.between(from, now.plusNanos(1));
        if (window.isEmpty()) {
            return Optional.empty();
        }
        double[] v = window.values();
        double p95 = Aggregation.P95.apply(v);
        double max = Aggregation.MAX.apply(v);
        double p95Util = p95 / resource.capacity();
        if (p95Util >= policy.lowUtilisation()) {
            return Optional.empty();
        }
        // never so small that the observed peak would breach the critical threshold
        double suggested = Math.max(p95 / policy.targetUtilisation(), max / resource.criticalThreshold());
        if (suggested >= resource.capacity()) {
            return Optional.empty();
        }
        List<Evidence> evidence = List.of(
                new Evidence("p95 utilisation over " + policy.observationWindow().toDays() + " days", pct(p95Util)),
                new Evidence("threshold", pct(policy.lowUtilisation())),
                new Evidence("peak utilisation", pct(max / resource.capacity())),
                new Evidence("samples", Integer.toString(v.length)),
                new Evidence("p95 utilisation after resize", pct(p95 / suggested)));
        String summary = String.format(Locale.ROOT,
                "downsize %s from %s to %s %s: p95 utilisation was %s (under %s) for %d days", resource.id(),
                Format.number(resource.capacity()), Format.number(suggested), resource.unit(), pct(p95Util),
                pct(policy.lowUtilisation()), policy.observationWindow().toDays());
        return Optional.of(new Recommendation(RecommendationKind.DOWNSIZE, resource.id(), resource.capacity(),
                suggested, Optional.empty(), evidence, summary));
    }

    /**
     * A scale-up recommendation if the forecast reaches the critical threshold within its horizon. The suggested
     * capacity keeps the higher of the current usage and the forecast's peak at the critical threshold;
     * {@link Recommendation#actBy()} is the order-by date (capacity lead time before the expected crossing).
     *
     * @param resource the resource
     * @param usage    its regular usage history, in the resource's unit
     * @param forecast the forecast of the steps after {@code usage}
     * @return the recommendation, or empty when the forecast stays below the critical threshold
     * @throws ItmValidationException as {@link ExhaustionAnalyzer#analyze(Resource, TimeSeries, Forecast)} does
     */
    public Optional<Recommendation> scaleUp(Resource resource, TimeSeries usage, Forecast forecast) {
        Checks.notNull(forecast, "forecast");
        ExhaustionReport report = ExhaustionAnalyzer.create(clock).analyze(resource, usage, forecast);
        if (report.critical().expected().isEmpty()) {
            return Optional.empty();
        }
        double peak = Math.max(report.currentUsage(),
                Arrays.stream(forecast.mean()).max().orElse(report.currentUsage()));
        double suggested = peak / resource.criticalThreshold();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence("current usage", Format.number(report.currentUsage()) + " " + resource.unit()));
        evidence.add(new Evidence("headroom to critical threshold", Format.number(report.headroom()) + " "
                + resource.unit()));
        evidence.add(new Evidence("critical threshold reached", day(report.critical().expected().get())));
        report.critical().earliest().ifPresent(e -> evidence.add(
                new Evidence("earliest (" + pct(report.critical().intervalLevel()) + " interval)", day(e))));
        evidence.add(new Evidence("forecast peak", Format.number(peak) + " " + resource.unit()));
        evidence.add(new Evidence("procurement lead time", resource.procurementLeadTime().toDays() + " days"));
        String summary = String.format(Locale.ROOT, "scale up %s from %s to at least %s %s before %s; %s",
                resource.id(), Format.number(resource.capacity()), Format.number(suggested), resource.unit(),
                day(report.critical().expected().get()), report.orderBy().map(o -> "order by " + day(o)
                        + (report.orderOverdue() ? " (overdue)" : "")).orElse(""));
        return Optional.of(new Recommendation(RecommendationKind.SCALE_UP, resource.id(), resource.capacity(),
                suggested, report.orderBy(), evidence, summary));
    }

    private static void requireUnit(Resource resource, TimeSeries usage) {
        if (!usage.unit().equals(resource.unit())) {
            throw new ItmValidationException("usage.unit",
                    "must be the resource's unit " + resource.unit() + ", was " + usage.unit());
        }
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC).toString();
    }
}
