package org.itm.operations.change;

import org.itm.core.validation.Checks;

/**
 * Where the approval of a change stands and why, e.g. {@code UNREACHABLE: change-management needs 1 approval of
 * [carla]; carla requested this change and may not vote}.
 *
 * @param status the standing
 * @param reason for people: the votes counted and, when it is not decided, who may still vote
 * @since 0.1
 */
public record ApprovalDecision(ApprovalStatus status, String reason) {

    /**
     * Checks the fields.
     *
     * @param status the standing
     * @param reason the explanation; not blank
     * @throws org.itm.core.ItmValidationException if {@code status} is null or {@code reason} blank
     */
    public ApprovalDecision {
        Checks.notNull(status, "status");
        Checks.notBlank(reason, "reason");
    }
}
