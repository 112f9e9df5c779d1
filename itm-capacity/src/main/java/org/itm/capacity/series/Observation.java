package org.itm.capacity.series;

import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * One measured value at one instant.
 *
 * @param at    when the value was measured (or the start of the period it summarises)
 * @param value the value; finite
 * @since 0.1
 */
public record Observation(Instant at, double value) {

    /**
     * Checks the components.
     *
     * @param at    when the value was measured
     * @param value the value; finite
     * @throws org.itm.core.ItmValidationException if {@code at} is null or {@code value} is NaN or infinite
     */
    public Observation {
        Checks.notNull(at, "at");
        Checks.finite(value, "value");
    }

    /**
     * Shorthand for the constructor.
     *
     * @param at    when the value was measured
     * @param value the value; finite
     * @return the observation
     * @throws org.itm.core.ItmValidationException if {@code at} is null or {@code value} is NaN or infinite
     */
    public static Observation of(Instant at, double value) {
        return new Observation(at, value);
    }
}
