package org.itm.operations.sla;

import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * A warning threshold that the elapsed business time has reached.
 *
 * @param fraction the threshold as a fraction of the target, e.g. 0.75
 * @param at       the instant the clock reached it
 * @since 0.1
 */
public record ThresholdCrossing(double fraction, Instant at) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param fraction the threshold as a fraction of the target, e.g. 0.75
     * @param at       the instant the clock reached it
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public ThresholdCrossing {
        Checks.between(fraction, 0.0, 1.0, "fraction");
        Checks.notNull(at, "at");
    }
}
