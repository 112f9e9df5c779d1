package org.itm.operations.change;

/** What the change calendar does with a change planned into a blackout window. */
public enum BlackoutPolicy {
    /** Refuse it. */
    REJECT,
    /** Allow only approved emergency changes. */
    REQUIRE_EMERGENCY_APPROVAL
}
