package org.itm.risk.fair;

import java.util.random.RandomGenerator;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A lognormal quantity: ln X ~ Normal(mu, sigma). Usually built from a calibrated 90 % interval with
 * {@link #fromPercentiles(double, double)}; mean exp(mu + sigma²/2).
 *
 * @param mu    mean of ln X
 * @param sigma standard deviation of ln X, &gt; 0
 * @since 0.1
 */
public record LognormalEstimate(double mu, double sigma) implements Estimate {

    /** The standard normal quantile of 0.95. */
    static final double Z95 = 1.6448536269514722;

    /**
     * Checks the components.
     *
     * @param mu    mean of ln X
     * @param sigma standard deviation of ln X, &gt; 0
     * @throws org.itm.core.ItmValidationException naming {@code mu} when not finite; {@code sigma} when not positive
     */
    public LognormalEstimate {
        Checks.finite(mu, "mu");
        Checks.positive(sigma, "sigma");
    }

    /**
     * The lognormal whose 5th and 95th percentiles are {@code p5} and {@code p95}.
     *
     * @param p5  the 5th percentile, finite and &gt; 0
     * @param p95 the 95th percentile, finite and &gt; {@code p5}
     * @return the estimate, with mu the mean of their logarithms
     * @throws org.itm.core.ItmValidationException naming {@code p5} or {@code p95} when out of range
     */
    public static LognormalEstimate fromPercentiles(double p5, double p95) {
        Violations v = new Violations();
        v.require(Double.isFinite(p5) && p5 > 0, "p5", "must be a positive finite number, was " + p5);
        v.require(Double.isFinite(p95) && p95 > p5, "p95", "must be finite and greater than p5 (" + p5
                + "), was " + p95);
        v.throwIfAny();
        double lo = Math.log(p5);
        double hi = Math.log(p95);
        return new LognormalEstimate((lo + hi) / 2, (hi - lo) / (2 * Z95));
    }

    @Override
    public double mean() {
        return Math.exp(mu + sigma * sigma / 2);
    }

    /** @return the median, exp(mu), the geometric mean of {@code p5} and {@code p95} when built from them */
    public double median() {
        return Math.exp(mu);
    }

    @Override
    public double sample(RandomGenerator rng) {
        Checks.notNull(rng, "rng");
        return Math.exp(mu + sigma * rng.nextGaussian());
    }
}
