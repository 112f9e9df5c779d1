package org.itm.core.service;

import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * A configuration item (CI): a component that must be managed to deliver services, e.g. a server, a database,
 * an application or a network link.
 *
 * @param id         unique among the CIs of a model
 * @param type       kind of CI, e.g. {@code server}, {@code database}; id-like (see {@link Checks#id})
 * @param name       display name; not blank
 * @param attributes further properties (e.g. {@code location}); copied; keys not blank, values not null
 * @since 0.1
 */
public record ConfigurationItem(CiId id, String type, String name, Map<String, String> attributes) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param id unique among the CIs of a model
     * @param type kind of CI, e.g. {@code server}, {@code database}; id-like (see {@link Checks#id})
     * @param name display name; not blank
     * @param attributes further properties (e.g. {@code location}); copied; keys not blank, values not null
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public ConfigurationItem {
        Checks.notNull(id, "id");
        Checks.id(type, "type");
        Checks.notBlank(name, "name");
        Checks.notNull(attributes, "attributes");
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            Checks.notBlank(e.getKey(), "attributes");
            Checks.notNull(e.getValue(), "attributes." + e.getKey());
        }
        attributes = Map.copyOf(attributes);
    }

    /**
     * A CI without attributes.
     *
     * @param id the CI's id, e.g. {@code pay-api}
     * @param type the CI's class, e.g. {@code application}
     * @param name the display name
     * @return the CI
     */
    public static ConfigurationItem of(String id, String type, String name) {
        return new ConfigurationItem(new CiId(id), type, name, Map.of());
    }
}
