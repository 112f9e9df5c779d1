package org.itm.operations.change;

/**
 * How the votes of an approval group decide.
 *
 * @since 0.1
 */
public enum ApprovalMode {
    /** Pre-approved (standard changes): no votes needed. */
    NONE,
    /** Approved when {@code quorum} approvers approve; rejected when that can no longer happen. */
    QUORUM,
    /** Approved when every approver approves; rejected by any rejection. */
    UNANIMOUS
}
