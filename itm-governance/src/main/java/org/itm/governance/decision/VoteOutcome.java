package org.itm.governance.decision;

import org.itm.core.validation.Checks;

/** Whether a committee vote carried, with the counts and the reason (quorum, rule, veto). */
public record VoteOutcome(boolean carried, int present, int inFavour, int against, int abstained, String reason) {

    public VoteOutcome {
        Checks.notBlank(reason, "reason");
    }
}
