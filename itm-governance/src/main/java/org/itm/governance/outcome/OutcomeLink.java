package org.itm.governance.outcome;

import org.itm.core.validation.Checks;
import org.itm.governance.portfolio.InitiativeId;

/**
 * An initiative serves an outcome and is expected to deliver a share of it. {@link AlignmentReport} sums the shares
 * of the funded initiatives per outcome.
 *
 * @param initiative           the initiative
 * @param outcomeId            the {@link Outcome#id()} served
 * @param expectedContribution the share of the outcome it is expected to deliver, in [0, 1]: 0.6 is 60 %
 * @since 0.1
 */
public record OutcomeLink(InitiativeId initiative, String outcomeId, double expectedContribution) {

    /**
     * Checks the components.
     *
     * @param initiative           the initiative
     * @param outcomeId            the {@link Outcome#id()} served
     * @param expectedContribution the share of the outcome it is expected to deliver, in [0, 1]: 0.6 is 60 %
     * @throws org.itm.core.ItmValidationException naming {@code initiative} when null, {@code outcomeId} when not
     *                                             an id, or {@code expectedContribution} when outside [0, 1]
     */
    public OutcomeLink {
        Checks.notNull(initiative, "initiative");
        Checks.id(outcomeId, "outcomeId");
        Checks.fraction(expectedContribution, "expectedContribution");
    }
}
