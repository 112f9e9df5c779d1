package org.itm.operations.problem;

/**
 * What recurring incidents must share to suggest a problem.
 *
 * @since 0.1
 */
public enum DetectionScope {
    /** Incidents on the same configuration item (with a similar category) suggest a problem. */
    CI,
    /** Incidents of the same service (with a similar category) suggest a problem. */
    SERVICE
}
