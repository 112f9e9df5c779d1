package org.itm.examples.report;

import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/** The lower and upper edge of a {@link Band} at one x, e.g. a prediction interval at one date. */
public record BandPoint(double x, double lower, double upper) {

    /** Validates that the values are finite and {@code lower <= upper}. */
    public BandPoint {
        Checks.finite(x, "x");
        Checks.finite(lower, "lower");
        Checks.finite(upper, "upper");
        if (lower > upper) {
            throw new ItmValidationException("lower", "must not exceed upper (" + lower + " > " + upper + ")");
        }
    }
}
