package org.itm.metrics.input;

/** How a change ended; only SUCCESSFUL, FAILED and BACKED_OUT count as implemented attempts. */
public enum ChangeOutcome {
    SUCCESSFUL, FAILED, BACKED_OUT, CANCELLED, PENDING;

    /** True for outcomes of a change that was actually attempted. */
    public boolean attempted() {
        return this == SUCCESSFUL || this == FAILED || this == BACKED_OUT;
    }
}
