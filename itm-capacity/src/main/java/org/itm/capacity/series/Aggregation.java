package org.itm.capacity.series;

import java.util.Arrays;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * How the values falling into one resampling bucket become one value (see {@link TimeSeries#resample}): pick
 * {@code MEAN} or a percentile for gauges such as utilisation, {@code SUM} for counts of events per interval,
 * {@code MAX} or {@code P95}/{@code P99} when capacity must cover the peaks rather than the average.
 *
 * @since 0.1
 */
public enum Aggregation {
    /** The arithmetic mean. */
    MEAN,
    /** The smallest value. */
    MIN,
    /** The largest value. */
    MAX,
    /** The sum of the values (events or volume per bucket). */
    SUM,
    /** How many values fell into the bucket, whatever they are. */
    COUNT,
    /** The latest value (a gauge sampled at the end of the bucket). */
    LAST,
    /** The earliest value. */
    FIRST,
    /** The 0.50 quantile, as {@link #percentile(double[], double)} computes it. */
    MEDIAN,
    /** The 0.90 quantile, as {@link #percentile(double[], double)} computes it. */
    P90,
    /** The 0.95 quantile, as {@link #percentile(double[], double)} computes it. */
    P95,
    /** The 0.99 quantile, as {@link #percentile(double[], double)} computes it. */
    P99;

    /**
     * Applies this aggregation to the values of one bucket.
     *
     * @param values the values, in time order (order matters for {@code FIRST} and {@code LAST}); not modified
     * @return the aggregate, in the unit of the values ({@code COUNT} returns a plain count)
     * @throws org.itm.core.ItmValidationException if {@code values} is empty
     */
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
     * PERCENTILE.INC), so results match what users check with those tools. For example the 0.9-quantile of
     * {@code 1, 2, 3, 4, 5} is {@code 4.6}.
     *
     * @param values the values in any order; not modified
     * @param q      the quantile's probability in [0, 1]: 0 gives the minimum, 1 the maximum
     * @return the interpolated quantile
     * @throws org.itm.core.ItmValidationException if {@code values} is empty or {@code q} is outside [0, 1]
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
