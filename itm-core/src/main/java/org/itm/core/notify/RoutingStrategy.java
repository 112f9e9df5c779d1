package org.itm.core.notify;

/**
 * How a {@link NotificationRouter} uses its ordered routes; set it with {@link NotificationRouter.Builder#strategy}.
 *
 * @since 0.1
 */
public enum RoutingStrategy {
    /** Only the first route whose condition holds is used (the default), like a firewall rule list. */
    FIRST_MATCH,
    /** Every route whose condition holds is used; a notifier named by several routes is sent to once. */
    ALL_MATCHES
}
