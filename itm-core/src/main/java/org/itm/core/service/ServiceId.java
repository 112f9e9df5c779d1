package org.itm.core.service;

import org.itm.core.validation.Checks;

/**
 * Identifies a {@link Service}, e.g. {@code payments}.
 *
 * @param value 1–128 characters of letters, digits and {@code ._:@/-}
 * @since 0.1
 */
public record ServiceId(String value) implements ElementId {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param value 1–128 characters of letters, digits and {@code ._:@/-}
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public ServiceId {
        Checks.id(value, "serviceId");
    }

    @Override
    public String toString() {
        return "service:" + value;
    }
}
