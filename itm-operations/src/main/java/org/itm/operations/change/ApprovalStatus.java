package org.itm.operations.change;

/**
 * Where the approval of a change stands; {@link ApprovalDecision} says why.
 *
 * @since 0.1
 */
public enum ApprovalStatus {
    /** Not decided yet, and the people still allowed to vote can decide it. */
    PENDING,
    /** Approved by the votes cast (or pre-approved). */
    APPROVED,
    /** Rejected by the votes cast. */
    REJECTED,
    /**
     * Cannot be approved by the people still allowed to vote: segregation of duties bars the requester (and the
     * current implementer) from voting, and without them the requirement cannot be met. Change the implementer (if
     * that is the cause) or cancel the change and raise it with an approval path that can be met.
     */
    UNREACHABLE
}
