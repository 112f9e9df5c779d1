package org.itm.operations.sla;

import java.time.Duration;
import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * One breached SLA with its cause: the state the ticket was in when the target passed, and the state that took
 * the most running time.
 *
 * @param ticketId        the ticket
 * @param definitionId    the SLA
 * @param priority        the priority whose target applied
 * @param breachedAt      when the target was exceeded
 * @param breachState     state (and reason) at the breach
 * @param longestState    the running state that used most of the clock
 * @param longestDuration business time spent in {@code longestState}
 * @param overrun         elapsed time beyond the target
 * @since 0.1
 */
public record SlaBreach(String ticketId, String definitionId, String priority, Instant breachedAt, String breachState,
                        String longestState, Duration longestDuration, Duration overrun) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param ticketId        the ticket
     * @param definitionId    the SLA
     * @param priority        the priority whose target applied
     * @param breachedAt      when the target was exceeded
     * @param breachState     state (and reason) at the breach
     * @param longestState    the running state that used most of the clock
     * @param longestDuration business time spent in {@code longestState}
     * @param overrun         elapsed time beyond the target
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public SlaBreach {
        Checks.notBlank(ticketId, "ticketId");
        Checks.notBlank(definitionId, "definitionId");
        Checks.notBlank(priority, "priority");
        Checks.notNull(breachedAt, "breachedAt");
        Checks.notBlank(breachState, "breachState");
        Checks.notBlank(longestState, "longestState");
        Checks.notNegative(longestDuration, "longestDuration");
        Checks.notNegative(overrun, "overrun");
    }
}
