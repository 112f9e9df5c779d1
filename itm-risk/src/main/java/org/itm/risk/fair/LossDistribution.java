package org.itm.risk.fair;

import java.util.ArrayList;
import java.util.List;
import org.itm.core.validation.Checks;
import org.itm.risk.fair.internal.DoubleSort;

/**
 * The simulated annualised loss distribution of a scenario or portfolio: mean, percentiles, value at risk and the
 * loss exceedance curve. Percentiles use the nearest-rank definition on the sorted sample; the sample is sorted
 * on the first order-statistic query, so a caller that only needs the mean does not pay for sorting.
 * Thread-safe.
 */
public final class LossDistribution {

    private final double[] sample;
    private boolean isSorted;
    private final double mean;
    private final double standardDeviation;

    /** Wraps a sample of annual losses (copied). */
    public static LossDistribution of(double[] annualLosses) {
        Checks.notNull(annualLosses, "annualLosses");
        Checks.require(annualLosses.length > 0, "annualLosses", "must not be empty");
        for (int i = 0; i < annualLosses.length; i++) {
            Checks.finite(annualLosses[i], "annualLosses[" + i + "]");
        }
        return new LossDistribution(annualLosses.clone());
    }

    private LossDistribution(double[] owned) {
        this.sample = owned;
        double sum = 0;
        for (double v : owned) {
            sum += v;
        }
        this.mean = sum / owned.length;
        double squares = 0;
        for (double v : owned) {
            squares += (v - mean) * (v - mean);
        }
        this.standardDeviation = owned.length > 1 ? Math.sqrt(squares / (owned.length - 1)) : 0;
    }

    /** Number of simulated years. */
    public int iterations() {
        return sample.length;
    }

    private synchronized double[] sorted() {
        if (!isSorted) {
            DoubleSort.sort(sample);
            isSorted = true;
        }
        return sample;
    }

    /** Mean annualised loss (expected loss). */
    public double mean() {
        return mean;
    }

    public double standardDeviation() {
        return standardDeviation;
    }

    public double min() {
        return sorted()[0];
    }

    public double max() {
        double[] sorted = sorted();
        return sorted[sorted.length - 1];
    }

    /** The {@code p}-percentile (0 &lt; p ≤ 100) by nearest rank. */
    public double percentile(double p) {
        Checks.require(p > 0 && p <= 100, "p", "must be in (0, 100], was " + p);
        double[] sorted = sorted();
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Value at risk: the annual loss not exceeded with probability {@code confidence} (e.g. 0.95). */
    public double valueAtRisk(double confidence) {
        Checks.level(confidence, "confidence");
        return percentile(confidence * 100);
    }

    /** Share of simulated years whose loss is greater than {@code loss}. */
    public double probabilityOfExceeding(double loss) {
        double[] sorted = sorted();
        int firstGreater = upperBound(sorted, loss);
        return (double) (sorted.length - firstGreater) / sorted.length;
    }

    /** The loss exceedance curve at {@code points} losses evenly spaced from 0 to the maximum simulated loss. */
    public List<ExceedancePoint> exceedanceCurve(int points) {
        Checks.require(points >= 2, "points", "must be at least 2, was " + points);
        List<ExceedancePoint> curve = new ArrayList<>(points);
        double top = max();
        for (int i = 0; i < points; i++) {
            // the last point is the maximum itself: top * (n-1) / (n-1) can round below it, leaving a tail > 0
            double loss = i == points - 1 ? top : top * i / (points - 1);
            curve.add(new ExceedancePoint(loss, probabilityOfExceeding(loss)));
        }
        return List.copyOf(curve);
    }

    /** A copy of the sorted sample. */
    public double[] sortedSample() {
        return sorted().clone();
    }

    private static int upperBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
