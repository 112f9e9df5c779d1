package org.itm.core.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.itm.core.validation.Checks;

/**
 * A service of the service catalogue.
 *
 * @param id          unique among the services of a model
 * @param name        display name; not blank
 * @param kind        business or technical
 * @param owner       who is accountable for the service (team or person id); not blank
 * @param criticality criticality tier
 * @since 0.1
 */
public record Service(ServiceId id, String name, ServiceKind kind, String owner, CriticalityTier criticality) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param id unique among the services of a model
     * @param name display name; not blank
     * @param kind business or technical
     * @param owner who is accountable for the service (team or person id); not blank
     * @param criticality criticality tier
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public Service {
        Checks.notNull(id, "id");
        Checks.notBlank(name, "name");
        Checks.notNull(kind, "kind");
        Checks.notBlank(owner, "owner");
        Checks.notNull(criticality, "criticality");
    }

    /**
     * True for {@link ServiceKind#BUSINESS} services.
     *
     * @return whether the kind is business
     */
    @JsonIgnore
    public boolean isBusiness() {
        return kind == ServiceKind.BUSINESS;
    }
}
