package org.itm.governance.selection;

import org.itm.core.validation.Checks;
import org.itm.governance.portfolio.InitiativeId;

/** Whether one candidate was selected, and why (mandatory, required by, value for cost, or which limit it breaks). */
public record SelectionDecision(InitiativeId id, boolean selected, String reason) {

    public SelectionDecision {
        Checks.notNull(id, "id");
        Checks.notBlank(reason, "reason");
    }

    @Override
    public String toString() {
        return (selected ? "SELECT " : "REJECT ") + id + ": " + reason;
    }
}
