package org.itm.core.notify;

import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * What became of one notification at one notifier; check {@link #status()} and read {@link #reason()} to act on
 * a failure or suppression.
 *
 * <p>{@code DELIVERED} means the downstream accepted the notification (not that a person read it).
 * {@code FAILED} means delivery was attempted {@code attempts} times and did not succeed. {@code SUPPRESSED} means
 * delivery was deliberately not attempted ({@code attempts == 0}).
 *
 * @param notifierName name of the notifier that produced the result ({@link Notifier#name()}); never blank
 * @param status       delivered, failed or suppressed
 * @param reason       human-readable explanation; never blank (for a delivery it says so)
 * @param attempts     how many times delivery was attempted: at least 1 when delivered or failed, 0 when suppressed
 * @since 0.1
 */
public record DeliveryResult(String notifierName, DeliveryStatus status, String reason, int attempts) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param notifierName name of the notifier that produced the result ({@link Notifier#name()}); never blank
     * @param status delivered, failed or suppressed
     * @param reason human-readable explanation; never blank (for a delivery it says so)
     * @param attempts how many times delivery was attempted: at least 1 when delivered or failed, 0 when
     *        suppressed
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public DeliveryResult {
        Violations v = new Violations();
        v.require(notifierName != null && !notifierName.isBlank(), "notifierName", "must not be blank");
        v.require(status != null, "status", "must not be null");
        v.require(reason != null && !reason.isBlank(), "reason", "must not be blank");
        if (status == DeliveryStatus.SUPPRESSED) {
            v.require(attempts == 0, "attempts", "must be 0 for a suppressed delivery, was " + attempts);
        } else if (status != null) {
            v.require(attempts >= 1, "attempts", "must be at least 1 when delivery was attempted, was " + attempts);
        }
        v.throwIfAny();
    }

    /**
     * A delivery accepted by the downstream at the first attempt.
     *
     * @param notifierName the notifier's name
     * @return a delivered result with one attempt
     */
    public static DeliveryResult delivered(String notifierName) {
        return delivered(notifierName, 1);
    }

    /**
     * A delivery accepted by the downstream after {@code attempts} attempts (retries included).
     *
     * @param notifierName the notifier's name
     * @param attempts 1 or more
     * @return a delivered result
     */
    public static DeliveryResult delivered(String notifierName, int attempts) {
        Checks.positive(attempts, "attempts");
        return new DeliveryResult(notifierName, DeliveryStatus.DELIVERED,
                attempts == 1 ? "delivered" : "delivered after " + attempts + " attempts", attempts);
    }

    /**
     * A delivery that did not succeed after {@code attempts} attempts, with the reason of the last failure.
     *
     * @param notifierName the notifier's name
     * @param reason what the last failure was, e.g. {@code HTTP 503}
     * @param attempts 1 or more
     * @return a failed result
     */
    public static DeliveryResult failed(String notifierName, String reason, int attempts) {
        return new DeliveryResult(notifierName, DeliveryStatus.FAILED, reason, attempts);
    }

    /**
     * A delivery that was deliberately not attempted, with the reason.
     *
     * @param notifierName the notifier's name
     * @param reason why nothing was sent, e.g. {@code duplicate within PT15M}
     * @return a suppressed result with zero attempts
     */
    public static DeliveryResult suppressed(String notifierName, String reason) {
        return new DeliveryResult(notifierName, DeliveryStatus.SUPPRESSED, reason, 0);
    }

    /**
     * Whether the downstream accepted the notification.
     *
     * @return whether the status is delivered
     */
    public boolean wasDelivered() {
        return status == DeliveryStatus.DELIVERED;
    }
}
