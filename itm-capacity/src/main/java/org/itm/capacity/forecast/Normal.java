package org.itm.capacity.forecast;

import java.util.SplittableRandom;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Standard normal quantiles from Hipparchus' {@link NormalDistribution} and samples. Its inverse goes through
 * {@code erfInv(2p − 1)}, which loses the low digits of a small tail probability ({@code 2p − 1} rounds to a
 * multiple of 1e-16), so the lower-tail quantile is refined by two Newton steps on the distribution's own
 * cumulative probability, which is computed from {@code erfc} and keeps full relative precision in the tail.
 */
final class Normal {

    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);

    private Normal() {
    }

    static double quantile(double p) {
        if (p <= 0 || p >= 1) {
            throw new IllegalArgumentException("p must be in (0, 1): " + p);
        }
        double q = Math.min(p, 1 - p);
        double x = STANDARD.inverseCumulativeProbability(q);
        for (int i = 0; i < 2; i++) {
            x -= (STANDARD.cumulativeProbability(x) - q) / STANDARD.density(x);
        }
        return p < 0.5 ? x : -x;
    }

    static double sample(SplittableRandom random) {
        // Marsaglia polar method: exact normal samples from a splittable, seedable source
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
