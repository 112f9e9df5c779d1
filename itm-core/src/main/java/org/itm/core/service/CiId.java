package org.itm.core.service;

import org.itm.core.validation.Checks;

/**
 * Identifies a {@link ConfigurationItem}, e.g. {@code db-host-7}.
 *
 * @param value 1–128 characters of letters, digits and {@code ._:@/-}
 * @since 0.1
 */
public record CiId(String value) implements ElementId {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param value 1–128 characters of letters, digits and {@code ._:@/-}
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public CiId {
        Checks.id(value, "ciId");
    }

    @Override
    public String toString() {
        return "ci:" + value;
    }
}
