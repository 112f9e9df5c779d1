package org.itm.operations.incident;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an incident is in its lifecycle. Allowed moves are listed by {@link #canMoveTo(IncidentState)};
 * {@link Incident} rejects every other move with {@link org.itm.core.IllegalStateTransitionException}.
 *
 * <pre>
 * NEW → ASSIGNED → IN_PROGRESS ⇄ ON_HOLD → RESOLVED → CLOSED
 *                                 RESOLVED → IN_PROGRESS (reopen, within the reopen period)
 * any open state → CANCELLED
 * </pre>
 */
public enum IncidentState {
    NEW, ASSIGNED, IN_PROGRESS, ON_HOLD, RESOLVED, CLOSED, CANCELLED;

    /** True for CLOSED and CANCELLED, from which nothing moves. */
    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED;
    }

    /** True for the states in which work is still owed to the user (not resolved, closed or cancelled). */
    public boolean isOpen() {
        return this != RESOLVED && !isTerminal();
    }

    /** True when the lifecycle allows moving from this state to {@code target}. */
    public boolean canMoveTo(IncidentState target) {
        return successors().contains(target);
    }

    /** The states reachable in one move. */
    public Set<IncidentState> successors() {
        return switch (this) {
            case NEW -> EnumSet.of(ASSIGNED, CANCELLED);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(ON_HOLD, RESOLVED, CANCELLED);
            case ON_HOLD -> EnumSet.of(IN_PROGRESS, RESOLVED, CANCELLED);
            case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(IncidentState.class);
        };
    }
}
