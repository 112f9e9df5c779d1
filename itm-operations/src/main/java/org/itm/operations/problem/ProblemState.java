package org.itm.operations.problem;

/** Lifecycle of a problem: NEW → UNDER_INVESTIGATION → KNOWN_ERROR → RESOLVED → CLOSED. */
public enum ProblemState {
    NEW, UNDER_INVESTIGATION, KNOWN_ERROR, RESOLVED, CLOSED
}
