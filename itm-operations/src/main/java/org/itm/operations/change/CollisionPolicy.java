package org.itm.operations.change;

/**
 * What the change calendar does with a change whose window collides with an already scheduled change (see
 * {@link CollisionDetector}); the collisions are reported in the {@link ScheduleCheck} whatever the policy.
 *
 * @since 0.1
 */
public enum CollisionPolicy {
    /** Allow it and report the collisions. */
    WARN,
    /** Refuse it. */
    REJECT,
    /** Allow only approved emergency changes. */
    REQUIRE_EMERGENCY_APPROVAL
}
