package org.itm.operations.change;

/**
 * What a calendar window means for changes.
 *
 * @since 0.1
 */
public enum ChangeWindowKind {
    /** Agreed time for changes with downtime. */
    MAINTENANCE,
    /** Freeze: no changes (see {@link BlackoutPolicy}). */
    BLACKOUT
}
