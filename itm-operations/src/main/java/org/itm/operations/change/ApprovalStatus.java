package org.itm.operations.change;

/** Where the approval of a change stands. */
public enum ApprovalStatus {
    PENDING, APPROVED, REJECTED
}
