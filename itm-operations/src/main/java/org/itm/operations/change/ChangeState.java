package org.itm.operations.change;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a change: DRAFT → ASSESSED → AUTHORISED → SCHEDULED → IMPLEMENTING → REVIEW → CLOSED, with REJECTED
 * (approval refused) and CANCELLED (withdrawn before implementation) as other ends.
 */
public enum ChangeState {
    DRAFT, ASSESSED, AUTHORISED, SCHEDULED, IMPLEMENTING, REVIEW, CLOSED, REJECTED, CANCELLED;

    /** The states reachable in one move. */
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
