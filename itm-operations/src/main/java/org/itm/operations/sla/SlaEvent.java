package org.itm.operations.sla;

import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * The state of a ticket from {@code at} on: every change of state, hold reason or priority is one event. The
 * first event of a timeline is the opening of the ticket.
 *
 * @param at       when the ticket entered this state
 * @param state    ticket state name, e.g. {@code IN_PROGRESS} (matched against the definition's state sets)
 * @param reason   hold reason or sub-state, e.g. {@code AWAITING_CUSTOMER}; empty when none
 * @param priority priority label, e.g. {@code P2}
 * @since 0.1
 */
public record SlaEvent(Instant at, String state, String reason, String priority) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param at       when the ticket entered this state
     * @param state    ticket state name, e.g. {@code IN_PROGRESS} (matched against the definition's state sets)
     * @param reason   hold reason or sub-state, e.g. {@code AWAITING_CUSTOMER}; empty when none
     * @param priority priority label, e.g. {@code P2}
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public SlaEvent {
        Checks.notNull(at, "at");
        Checks.notBlank(state, "state");
        Checks.notNull(reason, "reason");
        Checks.notBlank(priority, "priority");
    }

    /**
     * An event without a reason.
     *
     * @param at       when the ticket entered the state
     * @param state    ticket state name; not blank
     * @param priority priority label; not blank
     * @return the event
     * @throws org.itm.core.ItmValidationException naming the first missing field
     */
    public static SlaEvent of(Instant at, String state, String priority) {
        return new SlaEvent(at, state, "", priority);
    }
}
