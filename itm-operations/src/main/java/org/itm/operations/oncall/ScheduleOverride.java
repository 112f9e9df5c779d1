package org.itm.operations.oncall;

import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Violations;

/**
 * Someone covering a stretch of time above every layer, e.g. a colleague taking Christmas; a later override in
 * the schedule's list wins over an earlier one where they overlap.
 *
 * @param member   who is on call instead
 * @param interval when, half-open; not empty
 * @since 0.1
 */
public record ScheduleOverride(String member, TimeInterval interval) {

    /**
     * Validates every field and reports all violations together.
     *
     * @param member   who is on call instead
     * @param interval when, half-open; not empty
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public ScheduleOverride {
        Violations v = new Violations();
        v.require(member != null && !member.isBlank(), "member", "must not be blank");
        v.require(interval != null && !interval.isEmpty(), "interval", "must be a non-empty interval");
        v.throwIfAny();
    }
}
