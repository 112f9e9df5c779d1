package org.itm.operations.incident;

import org.itm.core.id.TypedId;
import org.itm.core.validation.Checks;

/**
 * Identifies an incident; create one with {@code new IncidentId("INC-42")} or let {@link IncidentDesk} generate it.
 *
 * @param value 1–128 characters of letters, digits and {@code ._:@/-}
 */
public record IncidentId(String value) implements TypedId {

    public IncidentId {
        Checks.id(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
