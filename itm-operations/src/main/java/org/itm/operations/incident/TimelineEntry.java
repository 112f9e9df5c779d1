package org.itm.operations.incident;

import java.time.Instant;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * One recorded change of an incident: who changed what, when, from which value to which.
 *
 * @param at    when the change happened
 * @param actor who made it (a user id or a system name)
 * @param field what changed
 * @param from  the value before, as text; empty when there was none
 * @param to    the value after, as text; empty when it was cleared
 * @param note  free text given with the change (for example the hold reason's explanation); may be empty
 * @since 0.1
 */
public record TimelineEntry(Instant at, String actor, IncidentField field, String from, String to, String note) {

    /**
     * Checks that no component is null and {@code actor} is not blank.
     *
     * @param at when the change happened
     * @param actor who made it (a user id or a system name)
     * @param field what changed
     * @param from the value before, as text; empty when there was none
     * @param to the value after, as text; empty when it was cleared
     * @param note free text given with the change (for example the hold reason's explanation); may be empty
     * @throws ItmValidationException if a component is missing or out of its documented range
     */
    public TimelineEntry {
        Checks.notNull(at, "at");
        Checks.notBlank(actor, "actor");
        Checks.notNull(field, "field");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.notNull(note, "note");
    }
}
