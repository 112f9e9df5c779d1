package org.itm.operations.incident;

import org.itm.core.ItmValidationException;
import org.itm.core.id.TypedId;
import org.itm.core.validation.Checks;

/**
 * Identifies an incident; create one with {@code new IncidentId("INC-42")} or let {@link IncidentDesk} generate it.
 *
 * @param value 1–128 characters of letters, digits and {@code ._:@/-}
 * @since 0.1
 */
public record IncidentId(String value) implements TypedId {

    /**
     * Checks the identifier's characters and length.
     *
     * @param value 1–128 characters of letters, digits and {@code ._:@/-}
     * @throws ItmValidationException if {@code value} is blank, longer than 128 characters or has other characters
     */
    public IncidentId {
        Checks.id(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
