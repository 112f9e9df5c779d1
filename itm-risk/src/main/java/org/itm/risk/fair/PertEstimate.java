package org.itm.risk.fair;

import java.util.random.RandomGenerator;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.risk.fair.internal.Variates;

/**
 * Beta-PERT over [min, max] with mode {@code mostLikely}: a Beta(α, β) scaled to the range with
 * α = 1 + γ(mode − min)/(max − min) and β = 1 + γ(max − mode)/(max − min); mean (min + γ·mode + max)/(γ + 2).
 *
 * @param min        smallest plausible value, ≥ 0
 * @param mostLikely most likely value, in [min, max]
 * @param max        largest plausible value, &gt; min
 * @param gamma      weight of the mode (4 in classic PERT), &gt; 0
 * @since 0.1
 */
public record PertEstimate(double min, double mostLikely, double max, double gamma) implements Estimate {

    /** The classic PERT weight. */
    public static final double DEFAULT_GAMMA = 4.0;

    /**
     * Checks the components.
     *
     * @param min        smallest plausible value, ≥ 0
     * @param mostLikely most likely value, in [min, max]
     * @param max        largest plausible value, &gt; min
     * @param gamma      weight of the mode (4 in classic PERT), &gt; 0
     * @throws org.itm.core.ItmValidationException naming each bad component
     */
    public PertEstimate {
        Violations v = new Violations();
        v.require(Double.isFinite(min) && min >= 0, "min", "must be a finite number >= 0, was " + min);
        v.require(Double.isFinite(max) && max > min, "max", "must be finite and greater than min (" + min
                + "), was " + max);
        v.require(mostLikely >= min && mostLikely <= max, "mostLikely",
                "must be between min and max, was " + mostLikely);
        v.require(Double.isFinite(gamma) && gamma > 0, "gamma", "must be a positive finite number, was " + gamma);
        v.throwIfAny();
    }

    /** @return the first shape parameter of the underlying Beta, 1 + γ(mode − min)/(max − min) */
    public double alpha() {
        return 1 + gamma * (mostLikely - min) / (max - min);
    }

    /** @return the second shape parameter of the underlying Beta, 1 + γ(max − mode)/(max − min) */
    public double beta() {
        return 1 + gamma * (max - mostLikely) / (max - min);
    }

    @Override
    public double mean() {
        return (min + gamma * mostLikely + max) / (gamma + 2);
    }

    @Override
    public double sample(RandomGenerator rng) {
        Checks.notNull(rng, "rng");
        return min + (max - min) * Variates.beta(rng, alpha(), beta());
    }
}
