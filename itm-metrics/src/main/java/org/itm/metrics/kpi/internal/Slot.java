package org.itm.metrics.kpi.internal;

import java.util.Objects;
import java.util.function.Function;
import org.itm.metrics.kpi.KpiEngine;
import org.jspecify.annotations.Nullable;

/**
 * One partial state per group shared by every KPI of a grouping that needs the same state: a median and a p90 of
 * the same measure and filters share one quantile state, a count and an MTBF one counter. Measures and flags are
 * evaluated once per record by the table and read here by index.
 */
final class Slot<R> {

    enum Kind { COUNT, SUM, QUANTILES, RATIO, SUM_RATIO, DISTINCT }

    // the kind as a constant for the per-record switch (an enum switch reads the ordinal through a look-up array)
    private static final int COUNT = 0;
    private static final int SUM = 1;
    private static final int QUANTILES = 2;
    private static final int RATIO = 3;
    private static final int SUM_RATIO = 4;
    private static final int DISTINCT = 5;

    final Kind kind;
    private final int code;
    private final int[] filters;
    private final int measure;
    private final int denominator;
    private final int numerator;
    /** The distinct-count dimension; null unless the kind is DISTINCT. */
    private final @Nullable Function<? super R, String> distinct;
    private final String measureName;
    private final String denominatorName;

    Slot(Kind kind, int[] filters, int measure, int denominator, int numerator, @Nullable Function<? super R, String> distinct,
         String measureName, String denominatorName) {
        this.kind = kind;
        this.code = switch (kind) {
            case COUNT -> COUNT;
            case SUM -> SUM;
            case QUANTILES -> QUANTILES;
            case RATIO -> RATIO;
            case SUM_RATIO -> SUM_RATIO;
            case DISTINCT -> DISTINCT;
        };
        this.filters = filters;
        this.measure = measure;
        this.denominator = denominator;
        this.numerator = numerator;
        this.distinct = distinct;
        this.measureName = measureName;
        this.denominatorName = denominatorName;
    }

    State newState() {
        return switch (kind) {
            case COUNT -> new State.Count();
            case SUM -> new State.Sum();
            case QUANTILES -> new State.Quantiles(KpiEngine.EXACT_PERCENTILE_LIMIT, KpiEngine.HISTOGRAM_SIGNIFICANT_DIGITS);
            case RATIO -> new State.Ratio();
            case SUM_RATIO -> new State.SumRatio();
            case DISTINCT -> new State.Distinct();
        };
    }

    void update(R r, boolean[] flagValues, double[] measureValues, State s) {
        for (int f : filters) {
            if (!flagValues[f]) {
                return;
            }
        }
        switch (code) {
            case COUNT -> ((State.Count) s).n++;
            case SUM -> {
                double v = measureValues[measure];
                if (!Double.isNaN(v)) {
                    State.Sum sum = (State.Sum) s;
                    sum.n++;
                    sum.sum.add(v, measureName);
                }
            }
            case QUANTILES -> {
                double v = measureValues[measure];
                if (!Double.isNaN(v)) {
                    State.Quantiles.check(v, measureName);
                    ((State.Quantiles) s).add(v);
                }
            }
            case RATIO -> {
                State.Ratio ratio = (State.Ratio) s;
                ratio.denominator++;
                if (flagValues[numerator]) {
                    ratio.numerator++;
                }
            }
            case SUM_RATIO -> {
                double a = measureValues[measure];
                double b = measureValues[denominator];
                if (!Double.isNaN(a) && !Double.isNaN(b)) {
                    State.SumRatio sr = (State.SumRatio) s;
                    sr.n++;
                    sr.numerator.add(a, measureName);
                    sr.denominator.add(b, denominatorName);
                }
            }
            default -> { // DISTINCT
                State.Distinct d = (State.Distinct) s;
                d.n++;
                d.values.add(Objects.requireNonNull(distinct).apply(r));
            }
        }
    }
}
