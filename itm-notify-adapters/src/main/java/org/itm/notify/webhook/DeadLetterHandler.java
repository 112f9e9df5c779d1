package org.itm.notify.webhook;

import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.Notification;

/**
 * Receives each notification the webhook notifier gave up on (after its last attempt, or at once for a
 * permanent refusal such as HTTP 400), with the failed result saying why; store it to replay it later.
 * It runs on the sending thread; an exception it throws is logged and does not change the result.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DeadLetterHandler {

    /**
     * Takes a notification the notifier gave up on; called once per undelivered notification, before
     * {@code send} returns, on the sending thread (so it must be thread-safe when sends run concurrently).
     *
     * @param notification the notification that was not delivered, unchanged
     * @param result the {@code FAILED} result {@code send} is about to return, with the last reason and the attempts
     */
    void deadLetter(Notification notification, DeliveryResult result);

    /**
     * The default of {@link WebhookNotifier.Builder#deadLetter(DeadLetterHandler)}, for callers that act on the
     * returned result themselves.
     *
     * @return a handler that does nothing (the failure is still returned to the caller and logged at debug)
     */
    static DeadLetterHandler ignore() {
        return (notification, result) -> { };
    }
}
