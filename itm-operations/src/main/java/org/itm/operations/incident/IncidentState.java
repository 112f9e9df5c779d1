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
 *
 * @since 0.1
 */
public enum IncidentState {
    /** Opened and not yet assigned to a group. */
    NEW,
    /** Assigned to a group (and possibly a person) but work has not started. */
    ASSIGNED,
    /** Someone is working on it. */
    IN_PROGRESS,
    /** Waiting for a {@link HoldReason}; SLA clocks may pause. */
    ON_HOLD,
    /** A fix or workaround is in place; may still be reopened within the reopen period. */
    RESOLVED,
    /** Confirmed resolved; terminal. */
    CLOSED,
    /** Withdrawn without a resolution (duplicate, raised in error); terminal. */
    CANCELLED;

    /**
     * True for CLOSED and CANCELLED, from which nothing moves.
     *
     * @return whether no further move is possible
     */
    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED;
    }

    /**
     * True for the states in which work is still owed to the user (not resolved, closed or cancelled).
     *
     * @return whether the incident still needs work
     */
    public boolean isOpen() {
        return this != RESOLVED && !isTerminal();
    }

    /**
     * True when the lifecycle allows moving from this state to {@code target}.
     *
     * @param target the state to move to
     * @return whether {@code target} is one of {@link #successors()}
     */
    public boolean canMoveTo(IncidentState target) {
        return successors().contains(target);
    }

    /**
     * The states reachable in one move.
     *
     * @return the allowed next states; empty for terminal states
     */
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
