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
 */
public record ApprovalVote(String approver, boolean approve, String comment, Instant at) {

    public ApprovalVote {
        Checks.notBlank(approver, "approver");
        Checks.notNull(comment, "comment");
        Checks.require(approve || !comment.isBlank(), "comment", "a rejection needs a comment");
        Checks.notNull(at, "at");
    }
}
