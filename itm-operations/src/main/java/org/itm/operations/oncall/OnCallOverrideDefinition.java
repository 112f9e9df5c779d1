package org.itm.operations.oncall;

import java.time.LocalDateTime;
import org.itm.core.validation.Violations;

/**
 * An override as written in a schedule definition (see {@link OnCallScheduleDefinition}): local date-times read in
 * the schedule's zone (in an autumn overlap, the earlier of the two instants).
 *
 * @param member who covers
 * @param from   local start, inclusive
 * @param to     local end, exclusive; after {@code from}
 */
public record OnCallOverrideDefinition(String member, LocalDateTime from, LocalDateTime to) {

    /**
     * Validates every field and reports all violations together.
     *
     * @param member who covers
     * @param from   local start, inclusive
     * @param to     local end, exclusive; after {@code from}
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public OnCallOverrideDefinition {
        Violations v = new Violations();
        v.require(member != null && !member.isBlank(), "member", "must not be blank");
        v.require(from != null, "from", "must not be null");
        v.require(to != null, "to", "must not be null");
        v.throwIfAny();
        v.require(to.isAfter(from), "to", "must be after from (" + from + "), was " + to);
        v.throwIfAny();
    }
}
