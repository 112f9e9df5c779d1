package org.itm.core.outbox;

import org.itm.core.validation.Checks;

/**
 * What one {@link OutboxDispatcher#drainOnce()} did.
 *
 * @param sent     entries delivered and marked sent
 * @param retried  entries that failed and wait for their next attempt
 * @param dead     entries given up (dead-lettered)
 * @param notDue   pending entries whose next attempt is still in the future
 * @param lostRace entries another dispatcher changed first (left to it)
 * @since 0.1
 */
public record DispatchReport(int sent, int retried, int dead, int notDue, int lostRace) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param sent entries delivered and marked sent
     * @param retried entries that failed and wait for their next attempt
     * @param dead entries given up (dead-lettered)
     * @param notDue pending entries whose next attempt is still in the future
     * @param lostRace entries another dispatcher changed first (left to it)
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public DispatchReport {
        Checks.notNegative(sent, "sent");
        Checks.notNegative(retried, "retried");
        Checks.notNegative(dead, "dead");
        Checks.notNegative(notDue, "notDue");
        Checks.notNegative(lostRace, "lostRace");
    }

    /**
     * Whether nothing was attempted: every pending entry was not due, or there was none.
     *
     * @return whether no entry was sent, retried or given up
     */
    public boolean idle() {
        return sent + retried + dead + lostRace == 0;
    }
}
