package org.itm.risk.fair.internal;

import java.util.random.RandomGenerator;

/**
 * Samplers with their constants computed once, so that a million-iteration run does not recompute shape
 * parameters, square roots and logarithms per draw.
 */
public final class Samplers {

    private Samplers() {
    }

    /** Draws one value. */
    public interface Sampler {
        double sample(RandomGenerator rng);
    }

    /** A known value. */
    public static Sampler constant(double value) {
        return rng -> value;
    }

    /** Lognormal with log-mean {@code mu} and log-sd {@code sigma}. */
    public static Sampler lognormal(double mu, double sigma) {
        return rng -> Math.exp(mu + sigma * rng.nextGaussian());
    }

    /** min + (max − min) · Beta(alpha, beta). */
    public static Sampler scaledBeta(double min, double max, double alpha, double beta) {
        Gamma a = new Gamma(alpha);
        Gamma b = new Gamma(beta);
        double range = max - min;
        return rng -> {
            double x = a.sample(rng);
            double y = b.sample(rng);
            return min + range * (x / (x + y));
        };
    }

    /** Marsaglia–Tsang Gamma(shape, 1) with precomputed d and c (shape ≥ 1; smaller shapes are boosted). */
    static final class Gamma {
        private final double d;
        private final double c;
        private final double boostExponent;

        Gamma(double shape) {
            double s = shape < 1 ? shape + 1 : shape;
            this.d = s - 1.0 / 3.0;
            this.c = 1 / Math.sqrt(9 * d);
            this.boostExponent = shape < 1 ? 1 / shape : 0;
        }

        double sample(RandomGenerator rng) {
            double g = core(rng);
            if (boostExponent != 0) {
                double u = rng.nextDouble();
                while (u == 0) {
                    u = rng.nextDouble();
                }
                g *= Math.pow(u, boostExponent);
            }
            return g;
        }

        private double core(RandomGenerator rng) {
            while (true) {
                double x = rng.nextGaussian();
                double v = 1 + c * x;
                if (v <= 0) {
                    continue;
                }
                v = v * v * v;
                double u = rng.nextDouble();
                double x2 = x * x;
                if (u < 1 - 0.0331 * x2 * x2) {
                    return d * v;
                }
                if (u > 0 && Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                    return d * v;
                }
            }
        }
    }
}
