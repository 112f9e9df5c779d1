package org.itm.operations.oncall;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import org.itm.core.validation.Validation;
import org.itm.core.validation.Violations;

/**
 * An override as written in a schedule definition (see {@link OnCallScheduleDefinition}): local date-times read in
 * the schedule's zone (in an autumn overlap, the earlier of the two instants).
 *
 * @param member who covers
 * @param from   local start, inclusive
 * @param to     local end, exclusive; after {@code from}
 * @since 0.1
 */
public record OnCallOverrideDefinition(@NotBlank String member, @NotNull LocalDateTime from,
                                       @NotNull LocalDateTime to) {

    /**
     * Validates every field and reports all violations together: the annotations, then {@code to} after
     * {@code from}.
     *
     * @param member who covers
     * @param from local start, inclusive
     * @param to local end, exclusive; after {@code from}
     * @throws org.itm.core.ItmValidationException naming every bad field
     */
    public OnCallOverrideDefinition {
        Violations v = new Violations().addAll(Validation.checkComponents(OnCallOverrideDefinition.class, member,
                from, to));
        if (from != null && to != null) {
            v.require(to.isAfter(from), "to", "must be after from (" + from + "), was " + to);
        }
        v.throwIfAny();
    }
}
