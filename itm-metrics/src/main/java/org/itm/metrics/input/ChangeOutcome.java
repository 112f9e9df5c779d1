package org.itm.metrics.input;

/**
 * How a change ended; only SUCCESSFUL, FAILED and BACKED_OUT count as implemented attempts.
 *
 * @since 0.1
 */
public enum ChangeOutcome {
    /** Implemented as planned. */
    SUCCESSFUL,
    /** Implemented, but it failed (caused an incident or missed its objective). */
    FAILED,
    /** Implemented, then reversed. */
    BACKED_OUT,
    /** Withdrawn before implementation; not an attempt. */
    CANCELLED,
    /** Not implemented yet; not an attempt. */
    PENDING;

    /**
     * Whether the change counts in the change success and failure rates.
     *
     * @return true for outcomes of a change that was actually attempted: SUCCESSFUL, FAILED and BACKED_OUT
     */
    public boolean attempted() {
        return this == SUCCESSFUL || this == FAILED || this == BACKED_OUT;
    }
}
