package org.itm.core.notify;

/**
 * How urgent a notification is, from least to most severe; route on it with
 * {@link RouteCondition#severityAtLeast(Severity)}.
 *
 * @since 0.1
 */
public enum Severity {
    /** For information only; nobody needs to act. */
    INFO,
    /** Something may need attention soon. */
    WARNING,
    /** A degradation with limited impact. */
    MINOR,
    /** A significant degradation that needs action now. */
    MAJOR,
    /** An outage or breach: wake people up. */
    CRITICAL;

    /**
     * Whether this severity is {@code other} or more severe.
     *
     * @param other the severity to compare with
     * @return whether this is at least as severe
     */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
