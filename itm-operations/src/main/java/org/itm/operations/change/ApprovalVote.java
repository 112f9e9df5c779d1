package org.itm.operations.change;

import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * One approver's decision on a change.
 *
 * @param approver who voted
 * @param approve  true to approve, false to reject
 * @param comment  the reasoning; required for rejections
 * @param at       when
 * @since 0.1
 */
public record ApprovalVote(String approver, boolean approve, String comment, Instant at) {

    /**
     * Checks the vote.
     *
     * @param approver who voted; not blank
     * @param approve  true to approve, false to reject
     * @param comment  the reasoning; may be empty for an approval, not blank for a rejection
     * @param at       when
     * @throws org.itm.core.ItmValidationException naming {@code approver}, {@code comment} or {@code at}
     */
    public ApprovalVote {
        Checks.notBlank(approver, "approver");
        Checks.notNull(comment, "comment");
        Checks.require(approve || !comment.isBlank(), "comment", "a rejection needs a comment");
        Checks.notNull(at, "at");
    }
}
