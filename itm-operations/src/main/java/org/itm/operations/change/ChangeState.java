package org.itm.operations.change;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a change: DRAFT → ASSESSED → AUTHORISED → SCHEDULED → IMPLEMENTING → REVIEW → CLOSED, with REJECTED
 * (approval refused) and CANCELLED (withdrawn before implementation) as other ends.
 *
 * @since 0.1
 */
public enum ChangeState {
    /** Raised, not yet assessed; may be edited. */
    DRAFT,
    /** Risk and approval path known; votes are taken in this state. */
    ASSESSED,
    /** Approved; waits for a window. */
    AUTHORISED,
    /** Has a window; may be rescheduled until implementation starts. */
    SCHEDULED,
    /** Being carried out by its implementer. */
    IMPLEMENTING,
    /** Implemented; waits for the post-implementation review. */
    REVIEW,
    /** Reviewed, with a {@link ClosureCode}; final. */
    CLOSED,
    /** Approval refused; final. */
    REJECTED,
    /** Withdrawn before implementation; final, and its window is released. */
    CANCELLED;

    /**
     * The states reachable in one move; SCHEDULED includes itself (rescheduling).
     *
     * @return a new mutable set, empty for the final states
     */
    public Set<ChangeState> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ASSESSED, CANCELLED);
            case ASSESSED -> EnumSet.of(AUTHORISED, REJECTED, CANCELLED);
            case AUTHORISED -> EnumSet.of(SCHEDULED, CANCELLED);
            case SCHEDULED -> EnumSet.of(IMPLEMENTING, SCHEDULED, CANCELLED);
            case IMPLEMENTING -> EnumSet.of(REVIEW);
            case REVIEW -> EnumSet.of(CLOSED);
            case CLOSED, REJECTED, CANCELLED -> EnumSet.noneOf(ChangeState.class);
        };
    }
}
