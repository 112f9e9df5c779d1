package org.itm.core.service;

/**
 * Whether a service is used by the business directly or supports other services.
 *
 * @since 0.1
 */
public enum ServiceKind {
    /** Delivered to customers or the business, e.g. "online payments"; what impact analysis reports first. */
    BUSINESS,
    /** Supports other services, e.g. "central authentication"; not consumed by the business directly. */
    TECHNICAL
}
