package org.itm.capacity.scenario;

import java.math.BigDecimal;
import org.itm.capacity.exhaustion.Resource;
import org.itm.capacity.forecast.Forecast;
import org.itm.capacity.series.TimeSeries;
import org.itm.core.validation.Checks;

/**
 * One resource's baseline for scenario planning: its usage history, the baseline forecast of that usage, and
 * the price of one more unit of capacity.
 *
 * @param resource     the resource
 * @param usage        regular usage history
 * @param baseline     forecast of the steps after the history
 * @param pricePerUnit price of one unit of capacity in the comparison's currency; not negative
 * @since 0.1
 */
public record ResourcePlan(Resource resource, TimeSeries usage, Forecast baseline, BigDecimal pricePerUnit) {

    /**
     * Checks the components.
     *
     * @param resource     the resource
     * @param usage        regular usage history
     * @param baseline     forecast of the steps after the history
     * @param pricePerUnit price of one unit of capacity; not negative
     * @throws org.itm.core.ItmValidationException if a component is null or {@code pricePerUnit} is negative
     */
    public ResourcePlan {
        Checks.notNull(resource, "resource");
        Checks.notNull(usage, "usage");
        Checks.notNull(baseline, "baseline");
        Checks.notNegative(pricePerUnit, "pricePerUnit");
    }
}
