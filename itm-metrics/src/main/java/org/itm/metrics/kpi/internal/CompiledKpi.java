package org.itm.metrics.kpi.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.itm.metrics.kpi.AggregationKind;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.RagStatus;
import org.itm.metrics.kpi.Thresholds;
import org.itm.metrics.kpi.WindowRange;

/** A definition bound to the accessors of a schema. */
final class CompiledKpi<R> {

    final KpiDefinition def;
    private final AggregationKind kind;
    private final Predicate<? super R>[] filters;
    private final ToDoubleFunction<? super R> measure;
    private final ToDoubleFunction<? super R> denominator;
    private final Predicate<? super R> numerator;
    private final Function<? super R, String> distinct;
    private final String measureName;

    @SuppressWarnings("unchecked")
    CompiledKpi(KpiDefinition def, Predicate<? super R>[] filters, ToDoubleFunction<? super R> measure,
                ToDoubleFunction<? super R> denominator, Predicate<? super R> numerator,
                Function<? super R, String> distinct) {
        this.def = def;
        this.kind = def.aggregation();
        this.filters = filters;
        this.measure = measure;
        this.denominator = denominator;
        this.numerator = numerator;
        this.distinct = distinct;
        this.measureName = def.id() + "." + def.measure().orElse("value");
    }

    State newState() {
        return switch (kind) {
            case COUNT, TIME_BETWEEN -> new State.Count();
            case SUM, MEAN -> new State.Sum();
            case RATE -> measure == null ? new State.Count() : new State.Sum();
            case MEDIAN, PERCENTILE -> new State.Quantiles(KpiEngine.EXACT_PERCENTILE_LIMIT,
                    KpiEngine.DIGEST_COMPRESSION);
            case RATIO -> new State.Ratio();
            case SUM_RATIO -> new State.SumRatio();
            case DISTINCT_COUNT -> new State.Distinct();
        };
    }

    void update(R r, State s) {
        for (Predicate<? super R> f : filters) {
            if (!f.test(r)) {
                return;
            }
        }
        switch (kind) {
            case COUNT, TIME_BETWEEN -> ((State.Count) s).n++;
            case SUM, MEAN -> addSum(r, (State.Sum) s);
            case RATE -> {
                if (measure == null) {
                    ((State.Count) s).n++;
                } else {
                    addSum(r, (State.Sum) s);
                }
            }
            case MEDIAN, PERCENTILE -> {
                double v = measure.applyAsDouble(r);
                if (!Double.isNaN(v)) {
                    ((State.Quantiles) s).add(v);
                }
            }
            case RATIO -> {
                State.Ratio ratio = (State.Ratio) s;
                ratio.denominator++;
                if (numerator.test(r)) {
                    ratio.numerator++;
                }
            }
            case SUM_RATIO -> {
                double a = measure.applyAsDouble(r);
                double b = denominator.applyAsDouble(r);
                if (!Double.isNaN(a) && !Double.isNaN(b)) {
                    State.SumRatio sr = (State.SumRatio) s;
                    sr.n++;
                    sr.numerator.add(a, measureName);
                    sr.denominator.add(b, def.id() + "." + def.denominator().orElse("denominator"));
                }
            }
            case DISTINCT_COUNT -> {
                State.Distinct d = (State.Distinct) s;
                d.n++;
                d.values.add(distinct.apply(r));
            }
        }
    }

    private void addSum(R r, State.Sum s) {
        double v = measure.applyAsDouble(r);
        if (!Double.isNaN(v)) {
            s.n++;
            s.sum.add(v, measureName);
        }
    }

    /** The raw (unscaled) aggregate; NaN when undefined (a ratio over a zero sum). */
    double aggregate(State s, Duration windowLength) {
        double periods = def.per().isPresent()
                ? (double) windowLength.getSeconds() / def.per().get().length().getSeconds()
                : Double.NaN;
        return switch (kind) {
            case COUNT -> ((State.Count) s).n;
            case SUM -> ((State.Sum) s).sum.value();
            case MEAN -> ((State.Sum) s).sum.value() / s.n();
            case RATE -> (measure == null ? ((State.Count) s).n : ((State.Sum) s).sum.value()) / periods;
            case TIME_BETWEEN -> periods / ((State.Count) s).n;
            case MEDIAN -> ((State.Quantiles) s).percentile(50);
            case PERCENTILE -> ((State.Quantiles) s).percentile(def.percentile().orElseThrow());
            case RATIO -> (double) ((State.Ratio) s).numerator / ((State.Ratio) s).denominator;
            case SUM_RATIO -> {
                double den = ((State.SumRatio) s).denominator.value();
                yield den == 0 ? Double.NaN : ((State.SumRatio) s).numerator.value() / den;
            }
            case DISTINCT_COUNT -> ((State.Distinct) s).values.size();
        };
    }

    Optional<KpiResult> result(java.util.Map<String, String> dims, WindowRange window, State s,
                               Duration windowLength) {
        if (s.n() == 0) {
            return Optional.empty();
        }
        double raw = aggregate(s, windowLength);
        if (Double.isNaN(raw)) {
            return Optional.empty();
        }
        double value = def.scale().apply(raw);
        RagStatus status = RagStatus.NONE;
        String why = "no thresholds";
        Optional<Double> target = Optional.empty();
        if (def.thresholds().isPresent()) {
            Thresholds t = def.thresholds().get();
            status = t.status(value, def.direction());
            target = Optional.of(t.target());
            why = explain(value, t, status);
        }
        return Optional.of(new KpiResult(def.id(), dims, window, value, s.n(), s.exact(), target, status, why));
    }

    private String explain(double value, Thresholds t, RagStatus status) {
        boolean higher = def.direction() == org.itm.metrics.kpi.Direction.HIGHER_IS_BETTER;
        String ge = higher ? ">=" : "<=";
        String lt = higher ? "<" : ">";
        String v = fmt(value) + " " + def.unit();
        return switch (status) {
            case GREEN -> v + " " + ge + " green " + fmt(t.green());
            case AMBER -> v + " " + lt + " green " + fmt(t.green()) + " but " + ge + " amber " + fmt(t.amber());
            case RED -> v + " " + lt + " amber " + fmt(t.amber());
            case NONE -> "no thresholds";
        };
    }

    static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.4g", d);
    }
}
