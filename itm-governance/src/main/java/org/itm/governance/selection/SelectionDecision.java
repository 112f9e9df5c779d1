package org.itm.governance.selection;

import org.itm.core.validation.Checks;
import org.itm.governance.portfolio.InitiativeId;

/**
 * Whether one candidate was selected, and why (mandatory, required by, value for cost, or which limit it breaks).
 * One per candidate in {@link SelectionResult#decisions()}.
 *
 * @param id       the candidate
 * @param selected whether it is in the selection
 * @param reason   why, e.g. {@code "mandatory"}, {@code "value 8.000 for 600000.00 EUR over its life"} or
 *                 {@code "adding it would exceed the 2027 budget by 800000.00 EUR"}
 * @since 0.1
 */
public record SelectionDecision(InitiativeId id, boolean selected, String reason) {

    /**
     * Checks the components.
     *
     * @param id       the candidate
     * @param selected whether it is in the selection
     * @param reason   why; not blank
     * @throws org.itm.core.ItmValidationException naming {@code id} when null or {@code reason} when blank
     */
    public SelectionDecision {
        Checks.notNull(id, "id");
        Checks.notBlank(reason, "reason");
    }

    /**
     * The decision as one line, e.g. {@code SELECT CRM: value 8.000 for 600000.00 EUR over its life}.
     *
     * @return {@code SELECT} or {@code REJECT}, the id and the reason
     */
    @Override
    public String toString() {
        return (selected ? "SELECT " : "REJECT ") + id + ": " + reason;
    }
}
