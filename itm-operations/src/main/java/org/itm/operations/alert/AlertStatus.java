package org.itm.operations.alert;

/**
 * Whether an alert reports a problem, that someone took it on, or its end.
 *
 * @since 0.1
 */
public enum AlertStatus {
    /** The condition holds. */
    FIRING,
    /** The condition still holds and someone has taken it on (PagerDuty's {@code acknowledge}). */
    ACKNOWLEDGED,
    /** The condition has ended. */
    CLEAR
}
