package org.itm.governance.portfolio;

import org.itm.core.id.TypedId;
import org.itm.core.validation.Checks;

/**
 * Identifies an initiative in a portfolio; use the portfolio office's own key (e.g. {@code INI-042}).
 *
 * @param value 1–128 characters of letters, digits and {@code ._:@/-}
 */
public record InitiativeId(String value) implements TypedId, Comparable<InitiativeId> {

    public InitiativeId {
        Checks.id(value, "initiativeId");
    }

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
