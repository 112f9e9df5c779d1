package org.itm.operations.alert;

/**
 * What happens to an incident when all of its alerts have cleared.
 *
 * @since 0.1
 */
public enum AllClearPolicy {
    /** Propose resolving it. */
    RESOLVE,
    /** Only annotate it; people decide. */
    ANNOTATE
}
