package org.itm.risk.fair;

import java.util.random.RandomGenerator;
import org.itm.core.validation.Checks;

/**
 * A quantity known exactly (no uncertainty).
 *
 * @param value the value, ≥ 0
 * @since 0.1
 */
public record ConstantEstimate(double value) implements Estimate {

    /**
     * Checks the components.
     *
     * @param value the value, ≥ 0
     * @throws org.itm.core.ItmValidationException naming {@code value} when negative
     */
    public ConstantEstimate {
        Checks.notNegative(value, "value");
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double sample(RandomGenerator rng) {
        return value;
    }
}
