package org.itm.capacity.exhaustion.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.itm.capacity.exhaustion.Crossing;
import org.itm.capacity.exhaustion.ExhaustionAnalyzer;
import org.itm.capacity.exhaustion.ExhaustionReport;
import org.itm.capacity.exhaustion.Resource;
import org.itm.capacity.forecast.Forecast;
import org.itm.capacity.forecast.PredictionInterval;
import org.itm.capacity.internal.Format;
import org.itm.capacity.series.TimeSeries;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/** Linear interpolation between forecast steps for crossing instants. */
public final class DefaultExhaustionAnalyzer implements ExhaustionAnalyzer {

    private final Clock clock;

    public DefaultExhaustionAnalyzer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ExhaustionReport analyze(Resource resource, TimeSeries usage, Forecast forecast) {
        Checks.notNull(resource, "resource");
        Checks.notNull(usage, "usage");
        Checks.notNull(forecast, "forecast");
        if (usage.isEmpty()) {
            throw new ItmValidationException("usage", "must have at least one observation");
        }
        if (!usage.unit().equals(resource.unit())) {
            throw new ItmValidationException("usage.unit",
                    "must be the resource's unit " + resource.unit() + ", was " + usage.unit());
        }
        Instant now = clock.instant();
        Instant lastAt = usage.last().orElseThrow().at();
        double current = usage.last().orElseThrow().value();
        Instant[] at = new Instant[forecast.horizon() + 1];
        at[0] = lastAt;
        for (int h = 1; h <= forecast.horizon(); h++) {
            at[h] = usage.instantAfterLast(h);
        }
        Optional<PredictionInterval> pi = forecast.interval(0.80).or(() -> forecast.intervals().stream().findFirst());
        Crossing warning = crossing(resource.warningLimit(), current, at, forecast, pi);
        Crossing critical = crossing(resource.criticalLimit(), current, at, forecast, pi);
        Optional<Instant> orderBy = critical.expected().map(t -> t.minus(resource.procurementLeadTime()));
        boolean overdue = orderBy.map(t -> t.isBefore(now)).orElse(false);
        double headroom = resource.criticalLimit() - current;
        String why = explain(resource, current, headroom, critical, orderBy, overdue, at[at.length - 1]);
        return new ExhaustionReport(resource, now, current, headroom, headroom / resource.capacity(), warning,
                critical, orderBy, overdue, why);
    }

    static Crossing crossing(double limit, double current, Instant[] at, Forecast f, Optional<PredictionInterval> pi) {
        Optional<Instant> expected = first(limit, current, at, f.mean());
        Optional<Instant> earliest = pi.flatMap(p -> first(limit, current, at, p.upper()));
        Optional<Instant> latest = pi.flatMap(p -> first(limit, current, at, p.lower()));
        return new Crossing(limit, expected, earliest, latest, pi.map(PredictionInterval::level).orElse(0.0));
    }

    private static Optional<Instant> first(double limit, double current, Instant[] at, double[] steps) {
        if (current >= limit) {
            return Optional.of(at[0]);
        }
        double prev = current;
        for (int h = 1; h < at.length; h++) {
            double v = steps[h - 1];
            if (v >= limit) {
                double frac = (limit - prev) / (v - prev);
                long nanos = Duration.between(at[h - 1], at[h]).toNanos();
                return Optional.of(at[h - 1].plusNanos(Math.round(frac * nanos)));
            }
            prev = v;
        }
        return Optional.empty();
    }

    private static String explain(Resource r, double current, double headroom, Crossing c, Optional<Instant> orderBy,
                                  boolean overdue, Instant horizonEnd) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s uses %s of %s %s (headroom %s %s to %.0f%%); ", r.id(),
                Format.number(current), Format.number(r.capacity()), r.unit(), Format.number(headroom), r.unit(),
                r.criticalThreshold() * 100));
        if (c.expected().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "the forecast stays below %.0f%% until %s", r.criticalThreshold() * 100,
                    day(horizonEnd)));
            c.earliest().ifPresent(e -> sb.append(String.format(Locale.ROOT,
                    ", but the upper %.0f%% bound reaches it on %s", c.intervalLevel() * 100, day(e))));
            return sb.toString();
        }
        sb.append(String.format(Locale.ROOT, "reaches %.0f%% (%s %s) on %s", r.criticalThreshold() * 100,
                Format.number(c.limit()),
                r.unit(), day(c.expected().get())));
        if (c.intervalLevel() > 0) {
            sb.append(String.format(Locale.ROOT, ", %.0f%% interval %s – %s", c.intervalLevel() * 100,
                    c.earliest().map(DefaultExhaustionAnalyzer::day).orElse("?"),
                    c.latest().map(DefaultExhaustionAnalyzer::day).orElse("after " + day(horizonEnd))));
        }
        orderBy.ifPresent(o -> sb.append(String.format(Locale.ROOT, "; order by %s (lead time %d days)%s", day(o),
                r.procurementLeadTime().toDays(), overdue ? " - OVERDUE" : "")));
        return sb.toString();
    }

    static String day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC).toString();
    }
}
