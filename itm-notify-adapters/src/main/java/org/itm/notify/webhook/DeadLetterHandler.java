package org.itm.notify.webhook;

import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.Notification;

/**
 * Receives each notification the webhook notifier gave up on (after its last attempt, or at once for a
 * permanent refusal such as HTTP 400), with the failed result saying why; store it to replay it later.
 * It runs on the sending thread; an exception it throws is logged and does not change the result.
 */
@FunctionalInterface
public interface DeadLetterHandler {

    /** Called once per undelivered notification. */
    void deadLetter(Notification notification, DeliveryResult result);

    /** A handler that does nothing (the failure is still returned to the caller and logged at debug). */
    static DeadLetterHandler ignore() {
        return (notification, result) -> { };
    }
}
