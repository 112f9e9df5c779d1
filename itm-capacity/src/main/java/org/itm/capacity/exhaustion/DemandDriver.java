package org.itm.capacity.exhaustion;

import org.itm.core.validation.Checks;

/**
 * How business volume (orders, users, tickets) turns into usage of one resource:
 * {@code usage = baseUsage + usagePerBusinessUnit × volume}.
 *
 * @param resource             the resource used
 * @param baseUsage            usage with no business volume (the platform's own footprint); not negative
 * @param usagePerBusinessUnit extra usage per unit of volume; positive
 */
public record DemandDriver(Resource resource, double baseUsage, double usagePerBusinessUnit) {

    public DemandDriver {
        Checks.notNull(resource, "resource");
        Checks.notNegative(baseUsage, "baseUsage");
        Checks.positive(usagePerBusinessUnit, "usagePerBusinessUnit");
    }

    /** Resource usage at {@code volume}. */
    public double usageAt(double volume) {
        return baseUsage + usagePerBusinessUnit * volume;
    }

    /** The business volume at which the resource reaches its critical threshold. */
    public double supportedVolume() {
        return (resource.criticalLimit() - baseUsage) / usagePerBusinessUnit;
    }
}
