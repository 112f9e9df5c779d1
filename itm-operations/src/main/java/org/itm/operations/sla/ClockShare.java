package org.itm.operations.sla;

import java.time.Duration;
import org.itm.core.validation.Checks;

/**
 * How much business time of the current cycle a ticket spent in one state (and reason), and what that did to
 * the clock; the shares explain where the time went.
 *
 * @param state        ticket state
 * @param reason       hold reason or sub-state; empty when none
 * @param mode         running, paused, stopped or cancelled
 * @param businessTime business time spent
 * @since 0.1
 */
public record ClockShare(String state, String reason, ClockMode mode, Duration businessTime) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param state        ticket state
     * @param reason       hold reason or sub-state; empty when none
     * @param mode         running, paused, stopped or cancelled
     * @param businessTime business time spent
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public ClockShare {
        Checks.notBlank(state, "state");
        Checks.notNull(reason, "reason");
        Checks.notNull(mode, "mode");
        Checks.notNegative(businessTime, "businessTime");
    }

    /**
     * The state as people read it.
     *
     * @return {@code STATE}, or {@code STATE/REASON} when there is a reason
     */
    public String label() {
        return reason.isEmpty() ? state : state + "/" + reason;
    }
}
