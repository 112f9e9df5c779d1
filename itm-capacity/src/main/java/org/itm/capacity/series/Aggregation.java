package org.itm.capacity.series;

import java.util.Arrays;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/** How the values falling into one resampling bucket become one value. */
public enum Aggregation {
    MEAN, MIN, MAX, SUM, COUNT, LAST, FIRST, MEDIAN, P90, P95, P99;

    /** Applies this aggregation to a non-empty array of values (the array is not modified). */
    public double apply(double[] values) {
        if (values.length == 0) {
            throw new ItmValidationException("values", "must not be empty to aggregate");
        }
        return switch (this) {
            case MEAN -> Arrays.stream(values).sum() / values.length;
            case MIN -> Arrays.stream(values).min().orElseThrow();
            case MAX -> Arrays.stream(values).max().orElseThrow();
            case SUM -> Arrays.stream(values).sum();
            case COUNT -> values.length;
            case LAST -> values[values.length - 1];
            case FIRST -> values[0];
            case MEDIAN -> percentile(values, 0.50);
            case P90 -> percentile(values, 0.90);
            case P95 -> percentile(values, 0.95);
            case P99 -> percentile(values, 0.99);
        };
    }

    /**
     * The {@code q}-quantile by linear interpolation between closest ranks (the default of R, NumPy and Excel's
     * PERCENTILE.INC), so results match what users check with those tools.
     */
    public static double percentile(double[] values, double q) {
        if (values.length == 0) {
            throw new ItmValidationException("values", "must not be empty for a percentile");
        }
        Checks.fraction(q, "q");
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
