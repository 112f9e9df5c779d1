package org.itm.operations.change;

/**
 * What the change calendar does with a change planned into a blackout window.
 *
 * @since 0.1
 */
public enum BlackoutPolicy {
    /** Refuse it. */
    REJECT,
    /** Allow only approved emergency changes. */
    REQUIRE_EMERGENCY_APPROVAL
}
