package org.itm.metrics.input;

import java.time.Instant;
import org.itm.core.validation.Checks;
import org.itm.operations.change.ChangeType;

/**
 * One change as the change KPIs see it.
 *
 * @param id        change id
 * @param service   changed service
 * @param team      implementing team
 * @param type      standard, normal or emergency
 * @param scheduled when the change was (or is) scheduled to be implemented: places it in a window
 * @param outcome   how it ended
 * @since 0.1
 */
public record ChangeRecord(String id, String service, String team, ChangeType type, Instant scheduled,
                           ChangeOutcome outcome) {

    /**
     * A change as the change KPIs read it.
     *
     * @param id change id
     * @param service changed service
     * @param team implementing team
     * @param type standard, normal or emergency
     * @param scheduled when the change was (or is) scheduled to be implemented: places it in a window
     * @param outcome how it ended
     * @throws org.itm.core.ItmValidationException if a text is blank or an argument is null
     */
    public ChangeRecord {
        Checks.notBlank(id, "id");
        Checks.notBlank(service, "service");
        Checks.notBlank(team, "team");
        Checks.notNull(type, "type");
        Checks.notNull(scheduled, "scheduled");
        Checks.notNull(outcome, "outcome");
    }
}
