package org.itm.governance.portfolio;

import org.itm.core.id.TypedId;
import org.itm.core.validation.Checks;

/**
 * Identifies an initiative in a portfolio; use the portfolio office's own key (e.g. {@code INI-042}).
 *
 * @param value 1–128 characters of letters, digits and {@code ._:@/-}
 * @since 0.1
 */
public record InitiativeId(String value) implements TypedId, Comparable<InitiativeId> {

    /**
     * Checks the value.
     *
     * @param value 1–128 characters of letters, digits and {@code ._:@/-}
     * @throws org.itm.core.ItmValidationException naming {@code initiativeId} when the value is not such an id
     */
    public InitiativeId {
        Checks.id(value, "initiativeId");
    }

    /**
     * The id of an initiative.
     *
     * @param value 1–128 characters of letters, digits and {@code ._:@/-}, e.g. {@code INI-042}
     * @return the id
     * @throws org.itm.core.ItmValidationException naming {@code initiativeId} when the value is not such an id
     */
    public static InitiativeId of(String value) {
        return new InitiativeId(value);
    }

    @Override
    public int compareTo(InitiativeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
