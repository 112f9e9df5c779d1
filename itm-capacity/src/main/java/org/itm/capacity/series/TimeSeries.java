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
 * @since 0.1
 */
public record TimeSeries(String name, Unit unit, List<Observation> observations) {

    /**
     * Checks the components and copies the observations.
     *
     * @param name         what is measured; not blank
     * @param unit         unit of every value
     * @param observations observations in strictly increasing time order (copied); may be empty
     * @throws ItmValidationException if a component is null, {@code name} is blank, or an observation is not after
     *         the one before it (named {@code observations[i].at})
     */
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

    /**
     * Shorthand for the constructor.
     *
     * @param name         what is measured; not blank
     * @param unit         unit of every value
     * @param observations observations in strictly increasing time order (copied)
     * @return the series
     * @throws ItmValidationException as the constructor does
     */
    public static TimeSeries of(String name, Unit unit, List<Observation> observations) {
        return new TimeSeries(name, unit, observations);
    }

    /**
     * A regular series starting at {@code start} with one value every {@code step}. A {@link Duration} step adds
     * exact time; a {@link Period} step adds calendar time in UTC counted from {@code start} (value {@code i} at
     * {@code start + i × step}), so monthly values stay on the same day of the month.
     *
     * @param name   what is measured; not blank
     * @param unit   unit of every value
     * @param start  instant of the first value
     * @param step   spacing of the values; positive
     * @param values the values in time order, each finite
     * @return the series, of {@code values.length} observations
     * @throws ItmValidationException if an argument is null, a value is not finite, or the step does not move time
     *         forward
     */
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
     * @param name   what is measured; not blank
     * @param unit   unit of every value
     * @param start  instant of the first value
     * @param step   calendar spacing of the values
     * @param values the values in time order, each finite
     * @return the series, of {@code values.length} observations
     * @throws ItmValidationException if an argument is null or a value is not finite
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

    /**
     * The number of observations.
     *
     * @return the number of observations, 0 or more
     */
    public int size() {
        return observations.size();
    }

    /**
     * Whether the series has no observation.
     *
     * @return {@code true} when there is no observation
     */
    public boolean isEmpty() {
        return observations.isEmpty();
    }

    /**
     * The values in time order, as a fresh array the caller may modify.
     *
     * @return the values, one per observation
     */
    public double[] values() {
        double[] v = new double[observations.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = observations.get(i).value();
        }
        return v;
    }

    /**
     * The instants in time order.
     *
     * @return an unmodifiable list, one instant per observation
     */
    public List<Instant> instants() {
        return observations.stream().map(Observation::at).toList();
    }

    /**
     * The earliest observation.
     *
     * @return the first observation, or empty for an empty series
     */
    public Optional<Observation> first() {
        return observations.isEmpty() ? Optional.empty() : Optional.of(observations.get(0));
    }

    /**
     * The latest observation.
     *
     * @return the last observation, or empty for an empty series
     */
    public Optional<Observation> last() {
        return observations.isEmpty() ? Optional.empty() : Optional.of(observations.get(observations.size() - 1));
    }

    /**
     * The fixed spacing of this series: a {@link Duration}, or a {@link Period} of months when observations fall
     * on the same day and time of consecutive months in UTC.
     *
     * @return the step, or empty when the series is irregular or has fewer than two observations
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

    /**
     * Whether the series has a fixed step; forecasting and decomposition need one.
     *
     * @return {@code true} when {@link #step()} is present
     */
    public boolean isRegular() {
        return step().isPresent();
    }

    /**
     * The instant {@code steps} steps after the last observation of this regular series: where a forecast's
     * {@code steps}-th point falls.
     *
     * @param steps how many steps after the last observation, not negative ({@code 0} gives the last instant)
     * @return the instant
     * @throws ItmValidationException if {@code steps} is negative or the series is not regular (resample it first)
     */
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

    /**
     * The observations in the half-open range {@code from <= at < to}, so adjacent ranges never share one.
     *
     * @param from first instant included
     * @param to   first instant excluded
     * @return a series of the same name and unit, empty when nothing falls in the range
     * @throws ItmValidationException if {@code from} or {@code to} is null
     */
    public TimeSeries between(Instant from, Instant to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        return new TimeSeries(name, unit,
                observations.stream().filter(o -> !o.at().isBefore(from) && o.at().isBefore(to)).toList());
    }

    /**
     * The first {@code n} observations (all of them if fewer), e.g. the training part of a series.
     *
     * @param n how many observations to keep, not negative
     * @return a series of the same name and unit
     * @throws ItmValidationException if {@code n} is negative
     */
    public TimeSeries head(int n) {
        Checks.notNegative(n, "n");
        return new TimeSeries(name, unit, observations.subList(0, Math.min(n, size())));
    }

    /**
     * The last {@code n} observations (all of them if fewer), e.g. the most recent window.
     *
     * @param n how many observations to keep, not negative
     * @return a series of the same name and unit
     * @throws ItmValidationException if {@code n} is negative
     */
    public TimeSeries tail(int n) {
        Checks.notNegative(n, "n");
        return new TimeSeries(name, unit, observations.subList(Math.max(0, size() - n), size()));
    }

    /**
     * Every value transformed by {@code f}, in a new unit (e.g. bytes to GiB); the instants are kept.
     *
     * @param f       the transformation; must return a finite value for every value of the series
     * @param newUnit the unit of the transformed values
     * @return a series of the same name in {@code newUnit}
     * @throws ItmValidationException if an argument is null or {@code f} returns NaN or an infinity
     */
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
     *
     * @param bucket      length of a bucket; positive
     * @param aggregation how the values of a bucket become one
     * @return a series of the same name and unit with one observation per non-empty bucket
     * @throws ItmValidationException if {@code bucket} is not positive or an argument is null
     */
    public TimeSeries resample(Duration bucket, Aggregation aggregation) {
        return resample(bucket, aggregation, Instant.EPOCH);
    }

    /**
     * As {@link #resample(Duration, Aggregation)}, with buckets aligned to {@code origin} instead of the epoch:
     * every bucket starts at {@code origin} plus a whole number of buckets (before or after it).
     *
     * @param bucket      length of a bucket; positive
     * @param aggregation how the values of a bucket become one
     * @param origin      an instant at which a bucket starts, e.g. a Monday 00:00 for ISO weeks
     * @return a series of the same name and unit with one observation per non-empty bucket
     * @throws ItmValidationException if {@code bucket} is not positive or an argument is null
     */
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

    /**
     * Every place where consecutive observations are more than {@code expectedStep} apart. A gap counts the whole
     * steps that fit strictly between its two observations: 10:00 and 10:03 with a one-minute step miss two.
     *
     * @param expectedStep the spacing the series should have; positive
     * @return the gaps in time order; empty when none
     * @throws ItmValidationException if {@code expectedStep} is not positive
     */
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

    /**
     * This series with every gap longer than {@code step} filled: after each observation, values are inserted at
     * one, two, ... steps after it, as long as they fall before the next observation. Existing observations are
     * kept unchanged.
     *
     * @param step   the spacing to fill to; positive
     * @param policy how the inserted values are chosen
     * @return a series of the same name and unit
     * @throws ItmValidationException if {@code step} is not positive or {@code policy} is null
     */
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
     * them, so the results can be compared value by value (e.g. demand against utilisation).
     *
     * @param series      the series to align, at least one
     * @param bucket      length of a bucket, aligned to the epoch; positive
     * @param aggregation how the values of a bucket become one
     * @return the resampled series in the order given, all with the same instants
     * @throws ItmValidationException if {@code series} is empty, {@code bucket} is not positive or an argument is
     *         null
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
