package org.itm.capacity.scenario;

import org.itm.core.validation.Checks;

/**
 * Capacity added (positive) or removed (negative) on one resource in a scenario; priced like any capacity.
 *
 * @param resourceId the resource
 * @param delta      change of installed capacity, in the resource's unit
 */
public record CapacityChange(String resourceId, double delta) {

    public CapacityChange {
        Checks.notBlank(resourceId, "resourceId");
        Checks.finite(delta, "delta");
    }
}
