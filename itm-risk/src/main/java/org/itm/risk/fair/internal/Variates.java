package org.itm.risk.fair.internal;

import java.util.random.RandomGenerator;

/**
 * Exact samplers for the distributions FAIR needs, written against {@link RandomGenerator} so that a seeded
 * generator gives reproducible runs: gamma (Marsaglia–Tsang 2000), beta (ratio of gammas), Poisson (inversion by
 * sequential search, with large means split into independent parts since a sum of Poissons is Poisson).
 */
public final class Variates {

    private static final double POISSON_CHUNK = 30.0;

    private Variates() {
    }

    /** A Gamma(shape, 1) variate, shape > 0. */
    public static double gamma(RandomGenerator rng, double shape) {
        return new Samplers.Gamma(shape).sample(rng);
    }

    /** A Beta(alpha, beta) variate in [0, 1]. */
    public static double beta(RandomGenerator rng, double alpha, double beta) {
        double x = gamma(rng, alpha);
        double y = gamma(rng, beta);
        return x / (x + y);
    }

    /** A Poisson(mean) count, mean ≥ 0. */
    public static long poisson(RandomGenerator rng, double mean) {
        long total = 0;
        double remaining = mean;
        while (remaining > POISSON_CHUNK) {
            total += poissonSmall(rng, POISSON_CHUNK);
            remaining -= POISSON_CHUNK;
        }
        return total + poissonSmall(rng, remaining);
    }

    private static long poissonSmall(RandomGenerator rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double p = Math.exp(-mean);
        double cumulative = p;
        double u = rng.nextDouble();
        long k = 0;
        while (u > cumulative) {
            k++;
            p *= mean / k;
            cumulative += p;
            if (p == 0 && cumulative < u) {
                // numerically exhausted tail (u ≈ 1): the remaining mass is below double precision
                break;
            }
        }
        return k;
    }
}
