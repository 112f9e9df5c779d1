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
 */
public record CapacityChange(String resourceId, double delta, Optional<Instant> effectiveFrom) {

    public CapacityChange {
        Checks.notBlank(resourceId, "resourceId");
        Checks.finite(delta, "delta");
        Checks.notNull(effectiveFrom, "effectiveFrom");
    }

    /** A change effective from the start of the forecast. */
    public static CapacityChange of(String resourceId, double delta) {
        return new CapacityChange(resourceId, delta, Optional.empty());
    }

    /** A change effective from {@code from} (e.g. when new shelves are delivered). */
    public static CapacityChange from(String resourceId, double delta, Instant from) {
        return new CapacityChange(resourceId, delta, Optional.of(Checks.notNull(from, "from")));
    }

    /** Whether the change is in effect at {@code at}. */
    public boolean inEffectAt(Instant at) {
        return effectiveFrom.map(f -> !at.isBefore(f)).orElse(true);
    }
}
