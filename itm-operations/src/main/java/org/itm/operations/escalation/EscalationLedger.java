package org.itm.operations.escalation;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.itm.core.validation.Checks;

/**
 * Remembers which escalations fired and each ticket's escalation level, so that evaluating at any cadence fires
 * each one exactly once. Back it with a durable store in production so restarts do not repeat notifications;
 * implementations must be thread-safe and {@link #markFired} must be atomic.
 *
 * @since 0.1
 */
public interface EscalationLedger {

    /**
     * Records {@code key} as fired; true only the first time for that key.
     *
     * @param key the escalation key: rule, ticket and scope
     * @return true the first time, false for every later call with the same key
     */
    boolean markFired(String key);

    /**
     * Raises the ticket's level to at least {@code level}; returns the level now.
     *
     * @param ticketId the ticket
     * @param level    the level a rule raises to; a lower one leaves the level as it is
     * @return the ticket's level after the call
     */
    int raiseLevel(String ticketId, int level);

    /**
     * The ticket's current level (0 when never escalated).
     *
     * @param ticketId the ticket
     * @return the level, 0 when never escalated
     */
    int level(String ticketId);

    /**
     * A thread-safe in-memory ledger.
     *
     * @return a new, empty ledger, forgotten on restart
     */
    static EscalationLedger inMemory() {
        Set<String> fired = ConcurrentHashMap.newKeySet();
        Map<String, Integer> levels = new ConcurrentHashMap<>();
        return new EscalationLedger() {
            @Override
            public boolean markFired(String key) {
                return fired.add(Checks.notBlank(key, "key"));
            }

            @Override
            public int raiseLevel(String ticketId, int level) {
                return levels.merge(Checks.notBlank(ticketId, "ticketId"), level, Math::max);
            }

            @Override
            public int level(String ticketId) {
                return levels.getOrDefault(ticketId, 0);
            }
        };
    }
}
