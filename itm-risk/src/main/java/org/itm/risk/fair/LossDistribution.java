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
 *
 * @since 0.1
 */
public final class LossDistribution {

    private final double[] sample;
    private boolean isSorted;
    private final double mean;
    private final double standardDeviation;

    /**
     * Wraps a sample of annual losses, e.g. one produced elsewhere, to get the same statistics.
     *
     * @param annualLosses one loss per simulated year, each finite; copied
     * @return the distribution
     * @throws org.itm.core.ItmValidationException naming {@code annualLosses} when null or empty, or
     *                                             {@code annualLosses[i]} when not finite
     */
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

    /** @return the number of simulated years in the sample */
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

    /** @return the mean annual loss (the expected loss), in the unit of the scenario's magnitudes */
    public double mean() {
        return mean;
    }

    /** @return the sample standard deviation of the annual loss (n − 1 denominator); 0 for a single year */
    public double standardDeviation() {
        return standardDeviation;
    }

    /** @return the smallest simulated annual loss, often 0 when loss events are rare */
    public double min() {
        return sorted()[0];
    }

    /** @return the largest simulated annual loss */
    public double max() {
        double[] sorted = sorted();
        return sorted[sorted.length - 1];
    }

    /**
     * The percentile by nearest rank: the smallest simulated loss with at least {@code p} % of the years at or
     * below it.
     *
     * @param p the percentage, in (0, 100], e.g. {@code 95} (not 0.95)
     * @return the annual loss at that percentile
     * @throws org.itm.core.ItmValidationException naming {@code p} when outside (0, 100]
     */
    public double percentile(double p) {
        Checks.require(p > 0 && p <= 100, "p", "must be in (0, 100], was " + p);
        double[] sorted = sorted();
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /**
     * Value at risk: the annual loss not exceeded with probability {@code confidence}; the same as
     * {@code percentile(confidence * 100)}.
     *
     * @param confidence the level as a fraction in (0, 1), e.g. {@code 0.95} (not 95)
     * @return the annual loss at that level
     * @throws org.itm.core.ItmValidationException naming {@code confidence} when outside (0, 1)
     */
    public double valueAtRisk(double confidence) {
        Checks.level(confidence, "confidence");
        return percentile(confidence * 100);
    }

    /**
     * @param loss an annual loss threshold
     * @return the share of simulated years whose loss is strictly greater than {@code loss}, in [0, 1]
     */
    public double probabilityOfExceeding(double loss) {
        double[] sorted = sorted();
        int firstGreater = upperBound(sorted, loss);
        return (double) (sorted.length - firstGreater) / sorted.length;
    }

    /**
     * The loss exceedance curve at {@code points} losses evenly spaced from 0 to the maximum simulated loss, for
     * charting; the last point's probability is 0.
     *
     * @param points how many points, ≥ 2
     * @return the points in increasing order of loss
     * @throws org.itm.core.ItmValidationException naming {@code points} when below 2
     */
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

    /** @return a copy of the simulated annual losses, sorted ascending */
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
