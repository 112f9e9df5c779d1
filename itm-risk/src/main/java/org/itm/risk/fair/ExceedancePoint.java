package org.itm.risk.fair;

import org.itm.core.validation.Checks;

/** One point of a loss exceedance curve: the probability that the annual loss is greater than {@code loss}. */
public record ExceedancePoint(double loss, double probability) {

    /**
     * Checks the components.
     *
     * @throws org.itm.core.ItmValidationException naming {@code loss} when negative; {@code probability} when outside
     *                                             [0, 1]
     */
    public ExceedancePoint {
        Checks.notNegative(loss, "loss");
        Checks.fraction(probability, "probability");
    }
}
