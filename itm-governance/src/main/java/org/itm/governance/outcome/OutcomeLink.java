package org.itm.governance.outcome;

import org.itm.core.validation.Checks;
import org.itm.governance.portfolio.InitiativeId;

/** Initiative {@code initiative} serves outcome {@code outcomeId}, expected to deliver this share (0–1) of it. */
public record OutcomeLink(InitiativeId initiative, String outcomeId, double expectedContribution) {

    public OutcomeLink {
        Checks.notNull(initiative, "initiative");
        Checks.id(outcomeId, "outcomeId");
        Checks.fraction(expectedContribution, "expectedContribution");
    }
}
