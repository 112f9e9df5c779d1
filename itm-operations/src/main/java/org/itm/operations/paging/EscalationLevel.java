package org.itm.operations.paging;

import java.time.Duration;
import java.util.List;
import org.itm.core.validation.Violations;

/**
 * One level of an escalation policy: whom to notify and how long to wait for an acknowledgement before the next
 * level.
 *
 * @param scheduleIds schedules whose on-call member is notified; copied
 * @param people      people notified directly; copied
 * @param groups      group addresses notified as they are; copied
 * @param delay       wait before escalating to the next level; positive
 * @since 0.1
 */
public record EscalationLevel(List<String> scheduleIds, List<String> people, List<String> groups, Duration delay) {

    /**
     * Validates every field and reports all violations together.
     *
     * @param scheduleIds schedules whose on-call member is notified; copied
     * @param people      people notified directly; copied
     * @param groups      group addresses notified as they are; copied
     * @param delay       wait before escalating to the next level; positive
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public EscalationLevel {
        Violations v = new Violations();
        v.require(scheduleIds != null, "scheduleIds", "must not be null");
        v.require(people != null, "people", "must not be null");
        v.require(groups != null, "groups", "must not be null");
        v.require(delay != null && !delay.isNegative() && !delay.isZero(), "delay", "must be positive");
        v.throwIfAny();
        v.require(!(scheduleIds.isEmpty() && people.isEmpty() && groups.isEmpty()), "scheduleIds",
                "a level must target at least one schedule, person or group");
        v.throwIfAny();
        scheduleIds = List.copyOf(scheduleIds);
        people = List.copyOf(people);
        groups = List.copyOf(groups);
    }
}
