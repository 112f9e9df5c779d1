package org.itm.core.notify;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * What a {@link NotificationRouter} did with one notification and why: the overall {@link #status()}, a
 * {@link #reason()} to read, the {@link #decision()} of which routes matched, and one {@link DeliveryResult} per
 * chosen notifier.
 *
 * @param correlationId         the notification's correlation id
 * @param deduplicationKey      the notification's de-duplication key
 * @param status                overall outcome
 * @param reason                one sentence on the outcome, e.g. why it was suppressed; never blank
 * @param decision              which routes matched and which notifiers were chosen
 * @param deliveries            one result per chosen notifier, in route order; {@code SUPPRESSED} results when the
 *                              notification was a duplicate or every recipient was rate-limited; empty when no
 *                              route matched
 * @param rateLimitedRecipients recipients left out because they reached their rate limit; handed back to the
 *                              caller only, never logged at info
 * @since 0.1
 */
public record RoutingResult(String correlationId, String deduplicationKey, RoutingStatus status, String reason,
                            RoutingDecision decision, List<DeliveryResult> deliveries,
                            List<String> rateLimitedRecipients) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param correlationId the notification's correlation id
     * @param deduplicationKey the notification's de-duplication key
     * @param status overall outcome
     * @param reason one sentence on the outcome, e.g. why it was suppressed; never blank
     * @param decision which routes matched and which notifiers were chosen
     * @param deliveries one result per chosen notifier, in route order; {@code SUPPRESSED} results when the
     *        notification was a duplicate or every recipient was rate-limited; empty when no route matched
     * @param rateLimitedRecipients recipients left out because they reached their rate limit; handed back to the
     *        caller only, never logged at info
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public RoutingResult {
        Checks.notBlank(correlationId, "correlationId");
        Checks.notBlank(deduplicationKey, "deduplicationKey");
        Checks.notNull(status, "status");
        Checks.notBlank(reason, "reason");
        Checks.notNull(decision, "decision");
        deliveries = List.copyOf(Checks.notNull(deliveries, "deliveries"));
        rateLimitedRecipients = List.copyOf(Checks.notNull(rateLimitedRecipients, "rateLimitedRecipients"));
    }

    /**
     * Whether at least one notifier delivered the notification.
     *
     * @return whether any delivery succeeded
     */
    public boolean anyDelivered() {
        return deliveries.stream().anyMatch(DeliveryResult::wasDelivered);
    }
}
