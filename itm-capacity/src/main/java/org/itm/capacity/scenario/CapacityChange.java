package org.itm.capacity.scenario;

import java.time.Instant;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * Capacity added (positive) or removed (negative) on one resource in a scenario, from the start of the forecast
 * or from a given instant; priced like any capacity.
 *
 * @param resourceId    the resource
 * @param delta         change of installed capacity, in the resource's unit
 * @param effectiveFrom when the change takes effect; empty for "from the start"
 * @since 0.1
 */
public record CapacityChange(String resourceId, double delta, Optional<Instant> effectiveFrom) {

    /**
     * Checks the components.
     *
     * @param resourceId    the resource; not blank
     * @param delta         change of installed capacity; finite
     * @param effectiveFrom when the change takes effect, or empty
     * @throws org.itm.core.ItmValidationException if {@code resourceId} is blank, {@code delta} is not finite or
     *         {@code effectiveFrom} is null
     */
    public CapacityChange {
        Checks.notBlank(resourceId, "resourceId");
        Checks.finite(delta, "delta");
        Checks.notNull(effectiveFrom, "effectiveFrom");
    }

    /**
     * A change effective from the start of the forecast (as if installed now).
     *
     * @param resourceId the resource; not blank
     * @param delta      capacity added (positive) or removed (negative), in the resource's unit
     * @return the change
     * @throws org.itm.core.ItmValidationException if {@code resourceId} is blank or {@code delta} is not finite
     */
    public static CapacityChange of(String resourceId, double delta) {
        return new CapacityChange(resourceId, delta, Optional.empty());
    }

    /**
     * A change effective from {@code from} (e.g. when new shelves are delivered); forecast steps before it see the
     * capacity without the change.
     *
     * @param resourceId the resource; not blank
     * @param delta      capacity added (positive) or removed (negative), in the resource's unit
     * @param from       the first instant the change is in effect
     * @return the change
     * @throws org.itm.core.ItmValidationException if an argument is null, {@code resourceId} is blank or
     *         {@code delta} is not finite
     */
    public static CapacityChange from(String resourceId, double delta, Instant from) {
        return new CapacityChange(resourceId, delta, Optional.of(Checks.notNull(from, "from")));
    }

    /**
     * Whether the change is in effect at {@code at}.
     *
     * @param at an instant, e.g. a forecast step
     * @return {@code true} when there is no effective date or {@code at} is on or after it
     */
    public boolean inEffectAt(Instant at) {
        return effectiveFrom.map(f -> !at.isBefore(f)).orElse(true);
    }
}
