package org.itm.capacity.scenario;

import java.math.BigDecimal;
import java.util.List;

/**
 * All resources under one scenario, with the total cost.
 *
 * @param scenario  the scenario's name
 * @param resources per resource, in the order of the plans (copied)
 * @param totalCost sum of the resources' costs, at the currency's minor unit
 * @since 0.1
 */
public record ScenarioOutcome(String scenario, List<ResourceOutcome> resources, BigDecimal totalCost) {

    /**
     * Copies the resources.
     *
     * @param scenario  the scenario's name
     * @param resources per resource; copied
     * @param totalCost sum of the resources' costs
     */
    public ScenarioOutcome {
        resources = List.copyOf(resources);
    }
}
