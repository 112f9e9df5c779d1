package org.itm.core.outbox;

/**
 * Where an {@link OutboxEntry} stands.
 *
 * @since 0.1
 */
public enum OutboxStatus {
    /** Not delivered yet; the dispatcher tries it at its next attempt time. */
    PENDING,
    /** Delivered (or deliberately suppressed) by its notifier; never sent again. */
    SENT,
    /** Given up after the dispatcher's last attempt, or refused as undeliverable; needs a person. */
    DEAD
}
