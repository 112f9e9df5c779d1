package org.itm.core.service;

import org.itm.core.validation.Checks;

/**
 * Identifies a {@link ConfigurationItem}, e.g. {@code db-host-7}.
 *
 * @param value 1–128 characters of letters, digits and {@code ._:@/-}
 */
public record CiId(String value) implements ElementId {

    public CiId {
        Checks.id(value, "ciId");
    }

    @Override
    public String toString() {
        return "ci:" + value;
    }
}
