package org.itm.risk.fair;

import org.itm.core.validation.Checks;

/**
 * One point of a loss exceedance curve: the probability that the annual loss is greater than {@code loss}.
 *
 * @param loss        the annual loss threshold, in the scenario's currency, ≥ 0
 * @param probability the probability that a year's loss exceeds {@code loss}, in [0, 1]
 * @since 0.1
 */
public record ExceedancePoint(double loss, double probability) {

    /**
     * Checks the components.
     *
     * @param loss        the annual loss threshold, ≥ 0
     * @param probability the exceedance probability, in [0, 1]
     * @throws org.itm.core.ItmValidationException naming {@code loss} when negative; {@code probability} when outside
     *                                             [0, 1]
     */
    public ExceedancePoint {
        Checks.notNegative(loss, "loss");
        Checks.fraction(probability, "probability");
    }
}
