package org.itm.operations.escalation;

import java.time.Instant;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * What a {@link StoredEscalationLedger} keeps of one escalation that fired: its idempotency key (ticket, rule and
 * scope), when it was due and fired, the ticket's level after it, and the key of the notification recorded with it.
 *
 * @param key             the escalation's idempotency key, {@code ticket|rule|scope}
 * @param ticketId        the ticket
 * @param ruleId          the rule that fired
 * @param scope           what it fired once for: {@code cycle<n>} for an SLA threshold in SLA cycle n,
 *                        {@code stay@<instant>} for a state age, {@code priority@<instant>} for a priority
 * @param dueAt           when the condition became true
 * @param firedAt         when it was acted on
 * @param level           the ticket's escalation level after it
 * @param notificationKey the idempotency key of the outbox entry recorded in the same batch; empty when the rule
 *                        notifies nobody
 * @since 0.1
 */
public record EscalationRecord(String key, String ticketId, String ruleId, String scope, Instant dueAt,
                               Instant firedAt, int level, Optional<String> notificationKey) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param key             the escalation's idempotency key, {@code ticket|rule|scope}
     * @param ticketId        the ticket
     * @param ruleId          the rule that fired
     * @param scope           what it fired once for: {@code cycle<n>} for an SLA threshold in SLA cycle n, {@code
     *                        stay@<instant>} for a state age, {@code priority@<instant>} for a priority
     * @param dueAt           when the condition became true
     * @param firedAt         when it was acted on
     * @param level           the ticket's escalation level after it
     * @param notificationKey the idempotency key of the outbox entry recorded in the same batch; empty when the rule
     *                        notifies nobody
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public EscalationRecord {
        Violations v = new Violations();
        v.check("", () -> Checks.notBlank(key, "key"));
        v.check("", () -> Checks.notBlank(ticketId, "ticketId"));
        v.check("", () -> Checks.id(ruleId, "ruleId"));
        v.check("", () -> Checks.notBlank(scope, "scope"));
        if (key != null && ticketId != null && ruleId != null && scope != null) {
            v.require(key.equals(ticketId + "|" + ruleId + "|" + scope), "key",
                    "must be ticketId|ruleId|scope, was '" + key + "'");
        }
        v.require(dueAt != null, "dueAt", "must not be null");
        if (v.require(firedAt != null, "firedAt", "must not be null") && dueAt != null) {
            v.require(!firedAt.isBefore(dueAt), "firedAt", "must not be before dueAt " + dueAt);
        }
        v.require(level >= 0, "level", "must not be negative, was " + level);
        if (v.require(notificationKey != null, "notificationKey", "must not be null (use Optional.empty())")) {
            notificationKey.ifPresent(k -> v.require(!k.isBlank(), "notificationKey", "must not be blank"));
        }
        v.throwIfAny();
    }
}
