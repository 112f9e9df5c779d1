package org.itm.governance.decision;

import org.itm.core.validation.Checks;

/**
 * Whether a committee vote carried, with the counts and the reason (quorum, rule, veto). Made by
 * {@link Committee#decide}.
 *
 * @param carried   whether the motion carried
 * @param present   members who voted, abstentions included
 * @param inFavour  FOR votes
 * @param against   AGAINST votes
 * @param abstained ABSTAIN votes
 * @param reason    why, e.g. {@code "vetoed by the chair cio"} or {@code "carried by majority: 2 for, 0 against, 1
 *                  abstained"}
 * @since 0.1
 */
public record VoteOutcome(boolean carried, int present, int inFavour, int against, int abstained, String reason) {

    /**
     * Checks the components.
     *
     * @param carried   whether the motion carried
     * @param present   members who voted, abstentions included
     * @param inFavour  FOR votes
     * @param against   AGAINST votes
     * @param abstained ABSTAIN votes
     * @param reason    why, e.g. {@code "vetoed by the chair cio"} or {@code "carried by majority: 2 for, 0 against, 1
     *                  abstained"}
     * @throws org.itm.core.ItmValidationException naming {@code reason} when it is blank
     */
    public VoteOutcome {
        Checks.notBlank(reason, "reason");
    }
}
