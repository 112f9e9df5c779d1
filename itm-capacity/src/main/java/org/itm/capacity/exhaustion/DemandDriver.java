package org.itm.capacity.exhaustion;

import org.itm.core.validation.Checks;

/**
 * How business volume (orders, users, tickets) turns into usage of one resource:
 * {@code usage = baseUsage + usagePerBusinessUnit × volume}. Fit the two numbers from history (e.g. with
 * {@code org.itm.capacity.trend.Trends}) of usage against volume.
 *
 * @param resource             the resource used
 * @param baseUsage            usage with no business volume (the platform's own footprint); not negative
 * @param usagePerBusinessUnit extra usage per unit of volume; positive
 * @since 0.1
 */
public record DemandDriver(Resource resource, double baseUsage, double usagePerBusinessUnit) {

    /**
     * Checks the components.
     *
     * @param resource             the resource used
     * @param baseUsage            usage with no business volume; not negative
     * @param usagePerBusinessUnit extra usage per unit of volume; positive
     * @throws org.itm.core.ItmValidationException if {@code resource} is null, {@code baseUsage} is negative or
     *         {@code usagePerBusinessUnit} is not positive
     */
    public DemandDriver {
        Checks.notNull(resource, "resource");
        Checks.notNegative(baseUsage, "baseUsage");
        Checks.positive(usagePerBusinessUnit, "usagePerBusinessUnit");
    }

    /**
     * Resource usage at a business volume.
     *
     * @param volume the business volume, in the service's volume metric
     * @return {@code baseUsage + usagePerBusinessUnit × volume}, in the resource's unit
     */
    public double usageAt(double volume) {
        return baseUsage + usagePerBusinessUnit * volume;
    }

    /**
     * The business volume at which the resource reaches its critical threshold.
     *
     * @return {@code (resource.criticalLimit() − baseUsage) / usagePerBusinessUnit}; negative when the base usage
     *         alone is beyond the critical limit
     */
    public double supportedVolume() {
        return (resource.criticalLimit() - baseUsage) / usagePerBusinessUnit;
    }
}
