package org.itm.capacity.exhaustion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * The resources one service depends on, each with the driver that maps the service's business volume to usage.
 *
 * @param service      the service's name
 * @param volumeMetric what the business volume counts (e.g. "orders per day")
 * @param drivers      one driver per resource; resource ids must be distinct
 * @since 0.1
 */
public record ServiceDemand(String service, String volumeMetric, List<DemandDriver> drivers) {

    /**
     * Checks the components and copies the drivers.
     *
     * @param service      the service's name; not blank
     * @param volumeMetric what the business volume counts; not blank
     * @param drivers      one driver per resource, at least one; copied
     * @throws org.itm.core.ItmValidationException if a name is blank, {@code drivers} is empty, or two drivers
     *         share a resource id (named {@code drivers[i].resource.id})
     */
    public ServiceDemand {
        Checks.notBlank(service, "service");
        Checks.notBlank(volumeMetric, "volumeMetric");
        drivers = List.copyOf(Checks.notEmpty(drivers, "drivers"));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < drivers.size(); i++) {
            if (!ids.add(drivers.get(i).resource().id())) {
                throw new ItmValidationException("drivers[" + i + "].resource.id",
                        "duplicate resource '" + drivers.get(i).resource().id() + "'");
            }
        }
    }
}
