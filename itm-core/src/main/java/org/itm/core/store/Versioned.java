package org.itm.core.store;

import org.itm.core.validation.Checks;

/**
 * A stored value and the version it was read at; pass the version back when updating or deleting it.
 *
 * @param value   the value
 * @param version its document version, 1 or more
 * @since 0.1
 */
public record Versioned<T>(T value, long version) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param value the value
     * @param version its document version, 1 or more
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public Versioned {
        Checks.notNull(value, "value");
        Checks.positive(version, "version");
    }
}
