package org.itm.operations.oncall;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.itm.core.validation.Violations;

/**
 * A weekly window in which a layer is active, in the layer's local time, e.g. business hours
 * ({@code MON-FRI 09:00-17:00}) or nights crossing midnight ({@code 18:00-08:00}: starts on each listed day and
 * ends the next morning).
 *
 * @param days the weekdays on which the window starts; not empty; copied
 * @param from local start time, inclusive
 * @param to   local end time, exclusive; before or equal to {@code from} means the window crosses midnight
 * @since 0.1
 */
public record Restriction(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

    /**
     * Validates every field and reports all violations together.
     *
     * @param days the weekdays on which the window starts; not empty; copied
     * @param from local start time, inclusive
     * @param to   local end time, exclusive; before or equal to {@code from} means the window crosses midnight
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public Restriction {
        Violations v = new Violations();
        v.require(days != null && !days.isEmpty(), "days", "must name at least one weekday");
        v.require(from != null, "from", "must not be null");
        v.require(to != null, "to", "must not be null");
        v.throwIfAny();
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /**
     * @param from local start time
     * @param to   local end time
     * @return a window on every weekday of the week
     */
    public static Restriction everyDay(LocalTime from, LocalTime to) {
        return new Restriction(EnumSet.allOf(DayOfWeek.class), from, to);
    }

    /** @return whether the window crosses local midnight */
    public boolean crossesMidnight() {
        return !to.isAfter(from);
    }

    /**
     * @param local a local date-time in the layer's zone
     * @return whether {@code local} lies inside one of this window's occurrences
     */
    public boolean isActive(LocalDateTime local) {
        LocalTime time = local.toLocalTime();
        DayOfWeek day = local.getDayOfWeek();
        if (!crossesMidnight()) {
            return days.contains(day) && !time.isBefore(from) && time.isBefore(to);
        }
        return (days.contains(day) && !time.isBefore(from)) || (days.contains(day.minus(1)) && time.isBefore(to));
    }
}
