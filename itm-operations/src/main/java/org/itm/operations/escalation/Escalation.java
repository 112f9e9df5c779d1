package org.itm.operations.escalation;

import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * An escalation that fired.
 *
 * @param ruleId   the rule
 * @param ticketId the ticket
 * @param key      the idempotency key (rule, ticket and SLA cycle, state stay or priority period)
 * @param dueAt    when the condition became true (e.g. the instant the SLA reached the threshold)
 * @param firedAt  when it was detected and acted on
 * @param level    the ticket's escalation level after it
 * @param reason   why, for people
 * @param notified whether a notification was sent (with a {@link StoredEscalationLedger}: recorded in the outbox
 *                 for delivery, in the same batch as the escalation)
 * @since 0.1
 */
public record Escalation(String ruleId, String ticketId, String key, Instant dueAt, Instant firedAt, int level,
                         String reason, boolean notified) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param ruleId   the rule
     * @param ticketId the ticket
     * @param key      the idempotency key (rule, ticket and SLA cycle, state stay or priority period)
     * @param dueAt    when the condition became true (e.g. the instant the SLA reached the threshold)
     * @param firedAt  when it was detected and acted on
     * @param level    the ticket's escalation level after it
     * @param reason   why, for people
     * @param notified whether a notification was sent (with a {@link StoredEscalationLedger}: recorded in the outbox
     *                 for delivery, in the same batch as the escalation)
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public Escalation {
        Checks.notBlank(ruleId, "ruleId");
        Checks.notBlank(ticketId, "ticketId");
        Checks.notBlank(key, "key");
        Checks.notNull(dueAt, "dueAt");
        Checks.notNull(firedAt, "firedAt");
        Checks.notNegative(level, "level");
        Checks.notBlank(reason, "reason");
    }
}
