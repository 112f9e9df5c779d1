package org.itm.core.notify;

/**
 * The overall outcome of routing one notification; see {@link RoutingResult}.
 *
 * @since 0.1
 */
public enum RoutingStatus {
    /** Every chosen notifier delivered it (some recipients may still have been rate-limited). */
    DELIVERED,
    /** Some chosen notifiers delivered it and others failed. */
    PARTIALLY_DELIVERED,
    /** Every chosen notifier failed; the de-duplication and rate-limit state is unchanged, so a retry can pass. */
    FAILED,
    /** Nothing was sent: a duplicate, every recipient over its rate limit, or no route matched. */
    SUPPRESSED
}
