package org.itm.core.notify;

/**
 * The outcome of one attempt by one notifier to deliver a notification; see {@link DeliveryResult}.
 *
 * @since 0.1
 */
public enum DeliveryStatus {
    /** The downstream (log, mail server, webhook endpoint, ...) accepted the notification. */
    DELIVERED,
    /** Delivery was attempted and did not succeed; the result's reason says why. */
    FAILED,
    /** Delivery was deliberately not attempted (duplicate, rate limit, ...); the result's reason says why. */
    SUPPRESSED
}
