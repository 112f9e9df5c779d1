package org.itm.metrics.kpi.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itm.metrics.kpi.AggregationKind;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.RagStatus;
import org.itm.metrics.kpi.Thresholds;
import org.itm.metrics.kpi.WindowRange;

/** A definition bound to the accessors of a schema. */
final class CompiledKpi<R> {

    final KpiDefinition def;
    private final AggregationKind kind;
    // the thresholds in the form explanations print them, formatted once rather than for every result
    private final String green;
    private final String amber;

    CompiledKpi(KpiDefinition def) {
        this.def = def;
        this.kind = def.aggregation();
        this.green = def.thresholds().map(t -> fmt(t.green())).orElse("");
        this.amber = def.thresholds().map(t -> fmt(t.amber())).orElse("");
    }

    /**
     * The raw (unscaled) aggregate; NaN when undefined (a ratio over a zero sum). Sums, means, sum rates and sum
     * ratios are computed from exact sums and rounded once, so each is the double nearest its exact value over the
     * measure values as the schema returned them.
     */
    double aggregate(State s, Duration windowLength) {
        long perSeconds = def.per().isPresent() ? def.per().get().length().getSeconds() : 0;
        double periods = def.per().isPresent() ? (double) windowLength.getSeconds() / perSeconds : Double.NaN;
        return switch (kind) {
            case COUNT -> ((State.Count) s).n;
            case SUM -> ((State.Sum) s).sum.value();
            case MEAN -> ((State.Sum) s).sum.scaled(1, s.n());
            case RATE -> def.measure().isEmpty() ? ((State.Count) s).n / periods
                    : ((State.Sum) s).sum.scaled(perSeconds, windowLength.getSeconds());
            case TIME_BETWEEN -> periods / ((State.Count) s).n;
            case MEDIAN -> ((State.Quantiles) s).percentile(50);
            case PERCENTILE -> ((State.Quantiles) s).percentile(def.percentile().orElseThrow());
            case RATIO -> (double) ((State.Ratio) s).numerator / ((State.Ratio) s).denominator;
            case SUM_RATIO -> ExactSum.ratio(((State.SumRatio) s).numerator, ((State.SumRatio) s).denominator);
            case DISTINCT_COUNT -> ((State.Distinct) s).values.size();
        };
    }

    Optional<KpiResult> result(Map<String, String> dims, WindowRange window, State s,
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
            why = explain(value, status);
        }
        return Optional.of(new KpiResult(def.id(), dims, window, value, s.n(), s.exact(), target, status, why));
    }

    private String explain(double value, RagStatus status) {
        boolean higher = def.direction() == KpiDirection.HIGHER_IS_BETTER;
        String ge = higher ? ">=" : "<=";
        String lt = higher ? "<" : ">";
        String v = fmt(value) + " " + def.unit();
        return switch (status) {
            case GREEN -> v + " " + ge + " green " + green;
            case AMBER -> v + " " + lt + " green " + green + " but " + ge + " amber " + amber;
            case RED -> v + " " + lt + " amber " + amber;
            case NONE -> "no thresholds";
        };
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.4g", d);
    }
}
