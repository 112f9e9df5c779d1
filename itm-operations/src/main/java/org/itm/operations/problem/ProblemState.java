package org.itm.operations.problem;

/**
 * Lifecycle of a problem: NEW → UNDER_INVESTIGATION → KNOWN_ERROR → RESOLVED → CLOSED.
 *
 * @since 0.1
 */
public enum ProblemState {
    /** Raised from incidents; nothing is known of its cause yet. */
    NEW,
    /** A root cause is recorded and being worked on. */
    UNDER_INVESTIGATION,
    /** A workaround and symptoms are published in the {@link KnownErrorBase}. */
    KNOWN_ERROR,
    /** Fixed by a change; incidents can no longer be linked. */
    RESOLVED,
    /** Confirmed fixed; final. */
    CLOSED
}
