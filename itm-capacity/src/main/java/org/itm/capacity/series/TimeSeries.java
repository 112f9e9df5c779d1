package org.itm.capacity.series;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * An immutable series of (instant, value) observations with a name and a unit, in strictly increasing time order.
 *
 * <p>A series is <em>regular</em> when consecutive observations are one fixed {@link Duration} apart, or one fixed
 * number of calendar months apart in UTC (monthly data); {@link #step()} says which. Irregular series (events,
 * scrapes with jitter) are turned regular with {@link #resample} and repaired with {@link #fillGaps}.
 *
 * @param name         what is measured; not blank
 * @param unit         unit of every value
 * @param observations observations in strictly increasing time order (copied)
 */
public record TimeSeries(String name, Unit unit, List<Observation> observations) {

    public TimeSeries {
        Checks.notBlank(name, "name");
        Checks.notNull(unit, "unit");
        observations = List.copyOf(Checks.notNull(observations, "observations"));
        for (int i = 1; i < observations.size(); i++) {
            if (!observations.get(i).at().isAfter(observations.get(i - 1).at())) {
                throw new ItmValidationException("observations[" + i + "].at",
                        "must be after the previous observation (" + observations.get(i - 1).at() + "), was "
                                + observations.get(i).at());
            }
        }
    }

    public static TimeSeries of(String name, Unit unit, List<Observation> observations) {
        return new TimeSeries(name, unit, observations);
    }

    /** A regular series starting at {@code start} with one value every {@code step} (a Duration or a Period). */
    public static TimeSeries regular(String name, Unit unit, Instant start, TemporalAmount step, double[] values) {
        Checks.notNull(start, "start");
        Checks.notNull(step, "step");
        Checks.notNull(values, "values");
        List<Observation> obs = new ArrayList<>(values.length);
        ZonedDateTime t = start.atZone(ZoneOffset.UTC);
        for (int i = 0; i < values.length; i++) {
            obs.add(new Observation(t.toInstant(), values[i]));
            t = step instanceof Period p ? start.atZone(ZoneOffset.UTC).plus(p.multipliedBy(i + 1)) : t.plus(step);
        }
        return new TimeSeries(name, unit, obs);
    }

    /**
     * A regular series starting at {@code start} with one value every calendar {@code step} (years, quarters,
     * months or days in a zone).
     *
     * @param name   what is measured
     * @param unit   unit of every value
     * @param start  instant of the first value
     * @param step   calendar spacing of the values
     * @param values the values in time order
     * @return the series
     */
    public static TimeSeries regular(String name, Unit unit, Instant start, CalendarStep step, double[] values) {
        Checks.notNull(start, "start");
        Checks.notNull(step, "step");
        Checks.notNull(values, "values");
        List<Observation> obs = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            obs.add(new Observation(step.after(start, i), values[i]));
        }
        return new TimeSeries(name, unit, obs);
    }

    public int size() {
        return observations.size();
    }

    public boolean isEmpty() {
        return observations.isEmpty();
    }

    /** The values in time order, as a fresh array. */
    public double[] values() {
        double[] v = new double[observations.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = observations.get(i).value();
        }
        return v;
    }

    /** The instants in time order. */
    public List<Instant> instants() {
        return observations.stream().map(Observation::at).toList();
    }

    public Optional<Observation> first() {
        return observations.isEmpty() ? Optional.empty() : Optional.of(observations.get(0));
    }

    public Optional<Observation> last() {
        return observations.isEmpty() ? Optional.empty() : Optional.of(observations.get(observations.size() - 1));
    }

    /**
     * The fixed spacing of this series: a {@link Duration}, or a {@link Period} of months when observations fall
     * on the same day and time of consecutive months in UTC; empty when irregular or shorter than two observations.
     */
    public Optional<TemporalAmount> step() {
        if (observations.size() < 2) {
            return Optional.empty();
        }
        Duration d = Duration.between(observations.get(0).at(), observations.get(1).at());
        boolean fixed = true;
        for (int i = 2; i < observations.size() && fixed; i++) {
            fixed = Duration.between(observations.get(i - 1).at(), observations.get(i).at()).equals(d);
        }
        if (fixed) {
            return Optional.of(d);
        }
        ZonedDateTime a = observations.get(0).at().atZone(ZoneOffset.UTC);
        long months = ChronoUnit.MONTHS.between(a, observations.get(1).at().atZone(ZoneOffset.UTC));
        if (months <= 0) {
            return Optional.empty();
        }
        for (int i = 1; i < observations.size(); i++) {
            if (!a.plusMonths(months * i).toInstant().equals(observations.get(i).at())) {
                return Optional.empty();
            }
        }
        return Optional.of(Period.ofMonths((int) months));
    }

    public boolean isRegular() {
        return step().isPresent();
    }

    /** The instant {@code steps} steps after the last observation of this regular series. */
    public Instant instantAfterLast(int steps) {
        Checks.notNegative(steps, "steps");
        TemporalAmount step = step().orElseThrow(() -> new ItmValidationException("series",
                "'" + name + "' is not regular, so it has no next instant; resample it first"));
        ZonedDateTime last = last().orElseThrow().at().atZone(ZoneOffset.UTC);
        if (step instanceof Period p) {
            return last.plus(p.multipliedBy(steps)).toInstant();
        }
        return last.toInstant().plus(((Duration) step).multipliedBy(steps));
    }

    /** The observations with {@code from <= at < to}. */
    public TimeSeries between(Instant from, Instant to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        return new TimeSeries(name, unit,
                observations.stream().filter(o -> !o.at().isBefore(from) && o.at().isBefore(to)).toList());
    }

    /** The first {@code n} observations (all of them if fewer). */
    public TimeSeries head(int n) {
        Checks.notNegative(n, "n");
        return new TimeSeries(name, unit, observations.subList(0, Math.min(n, size())));
    }

    /** The last {@code n} observations (all of them if fewer). */
    public TimeSeries tail(int n) {
        Checks.notNegative(n, "n");
        return new TimeSeries(name, unit, observations.subList(Math.max(0, size() - n), size()));
    }

    /** Every value transformed by {@code f}, in a new unit (e.g. bytes to GiB). */
    public TimeSeries map(DoubleUnaryOperator f, Unit newUnit) {
        Checks.notNull(f, "f");
        return new TimeSeries(name, newUnit,
                observations.stream().map(o -> new Observation(o.at(), f.applyAsDouble(o.value()))).toList());
    }

    /**
     * Groups the observations into buckets of {@code bucket} length aligned to the epoch and aggregates each
     * non-empty bucket; each result is stamped with its bucket's start. Empty buckets are left out (see
     * {@link #gaps} and {@link #fillGaps}). Weekly buckets aligned to the epoch start on Thursdays; use
     * {@link #resample(Duration, Aggregation, Instant)} with a Monday as origin for ISO weeks.
     */
    public TimeSeries resample(Duration bucket, Aggregation aggregation) {
        return resample(bucket, aggregation, Instant.EPOCH);
    }

    /** As {@link #resample(Duration, Aggregation)}, with buckets aligned to {@code origin} instead of the epoch. */
    public TimeSeries resample(Duration bucket, Aggregation aggregation, Instant origin) {
        Checks.positive(bucket, "bucket");
        Checks.notNull(aggregation, "aggregation");
        Checks.notNull(origin, "origin");
        Map<Instant, List<Double>> buckets = new LinkedHashMap<>();
        long nanos = bucket.toNanos();
        for (Observation o : observations) {
            long since = Duration.between(origin, o.at()).toNanos();
            long start = Math.floorDiv(since, nanos) * nanos;
            buckets.computeIfAbsent(origin.plusNanos(start), k -> new ArrayList<>()).add(o.value());
        }
        List<Observation> out = new ArrayList<>(buckets.size());
        buckets.forEach((at, vs) -> out.add(new Observation(at,
                aggregation.apply(vs.stream().mapToDouble(Double::doubleValue).toArray()))));
        return new TimeSeries(name, unit, out);
    }

    /** Every place where consecutive observations are more than {@code expectedStep} apart. */
    public List<Gap> gaps(Duration expectedStep) {
        Checks.positive(expectedStep, "expectedStep");
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i < observations.size(); i++) {
            Instant a = observations.get(i - 1).at();
            Instant b = observations.get(i).at();
            Duration d = Duration.between(a, b);
            if (d.compareTo(expectedStep) > 0) {
                long missing = (d.toNanos() - 1) / expectedStep.toNanos();
                if (missing > 0) {
                    gaps.add(new Gap(a, b, missing));
                }
            }
        }
        return List.copyOf(gaps);
    }

    /** This series with every gap longer than {@code step} filled at multiples of {@code step} after its start. */
    public TimeSeries fillGaps(Duration step, FillPolicy policy) {
        Checks.positive(step, "step");
        Checks.notNull(policy, "policy");
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation cur = observations.get(i);
            if (i > 0) {
                Observation prev = observations.get(i - 1);
                double span = Duration.between(prev.at(), cur.at()).toNanos();
                for (Instant t = prev.at().plus(step); t.isBefore(cur.at()); t = t.plus(step)) {
                    double v = switch (policy) {
                        case PREVIOUS -> prev.value();
                        case ZERO -> 0.0;
                        case LINEAR -> prev.value() + (cur.value() - prev.value())
                                * Duration.between(prev.at(), t).toNanos() / span;
                    };
                    out.add(new Observation(t, v));
                }
            }
            out.add(cur);
        }
        return new TimeSeries(name, unit, out);
    }

    /**
     * Resamples every series to {@code bucket} with {@code aggregation} and keeps only the buckets present in all of
     * them, so the results can be compared value by value.
     */
    public static List<TimeSeries> align(List<TimeSeries> series, Duration bucket, Aggregation aggregation) {
        Checks.notEmpty(series, "series");
        List<TimeSeries> resampled = series.stream().map(s -> s.resample(bucket, aggregation)).toList();
        Set<Instant> common = new HashSet<>(resampled.get(0).instants());
        for (TimeSeries s : resampled) {
            common.retainAll(new HashSet<>(s.instants()));
        }
        return resampled.stream()
                .map(s -> new TimeSeries(s.name(), s.unit(),
                        s.observations().stream().filter(o -> common.contains(o.at())).toList()))
                .toList();
    }
}
