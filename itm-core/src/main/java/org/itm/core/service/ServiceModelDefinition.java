package org.itm.core.service;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * The content of a {@link ServiceModel} as plain data, e.g. to load a CMDB export from JSON or YAML with
 * {@link org.itm.core.json.ItmJson} and turn it into a model with {@link ServiceModel#of(ServiceModelDefinition)}.
 *
 * @param services           the services; copied
 * @param configurationItems the configuration items; copied
 * @param relationships      the relationships between them; copied
 * @since 0.1
 */
public record ServiceModelDefinition(List<Service> services, List<ConfigurationItem> configurationItems,
        List<Relationship> relationships) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param services the services; copied
     * @param configurationItems the configuration items; copied
     * @param relationships the relationships between them; copied
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public ServiceModelDefinition {
        services = List.copyOf(Checks.notNull(services, "services"));
        configurationItems = List.copyOf(Checks.notNull(configurationItems, "configurationItems"));
        relationships = List.copyOf(Checks.notNull(relationships, "relationships"));
    }
}
