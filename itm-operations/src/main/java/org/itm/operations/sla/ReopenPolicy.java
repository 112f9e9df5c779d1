package org.itm.operations.sla;

/**
 * What happens to a stopped clock when the ticket is reopened.
 *
 * @since 0.1
 */
public enum ReopenPolicy {
    /** Continue the same clock: the time before the resolution still counts, the resolved period does not. */
    CONTINUE_CLOCK,
    /** Start a new cycle with elapsed time zero; results then describe the new cycle. */
    NEW_CYCLE
}
