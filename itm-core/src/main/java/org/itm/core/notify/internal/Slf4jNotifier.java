package org.itm.core.notify.internal;

import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Notifier;
import org.itm.core.validation.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes notifications to a log. Only non-personal fields reach info; subject, recipients, body and attributes
 * may name people, so they are written at debug, where operators opt in.
 */
public final class Slf4jNotifier implements Notifier {

    public static final String DEFAULT_NAME = "slf4j";
    public static final String DEFAULT_LOGGER = "org.itm.notify";

    private final String name;
    private final Logger logger;

    /** The notifier discovered through {@code ServiceLoader}: named {@code slf4j}, logging to {@code org.itm.notify}. */
    public Slf4jNotifier() {
        this(DEFAULT_NAME, LoggerFactory.getLogger(DEFAULT_LOGGER));
    }

    public Slf4jNotifier(String name, Logger logger) {
        this.name = Checks.id(name, "name");
        this.logger = Checks.notNull(logger, "logger");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public DeliveryResult send(Notification notification) {
        Checks.notNull(notification, "notification");
        try {
            logger.info("notification [{}] channel={} severity={} correlationId={} recipients={}",
                    name, notification.channel(), notification.severity(), notification.correlationId(),
                    notification.recipients().size());
            if (logger.isDebugEnabled()) {
                logger.debug("notification [{}] correlationId={} deduplicationKey={} subject={} recipients={}"
                                + " attributes={} body={}",
                        name, notification.correlationId(), notification.deduplicationKey(),
                        notification.subject(), notification.recipients(), notification.attributes(),
                        notification.body());
            }
            return DeliveryResult.delivered(name);
        } catch (RuntimeException e) {
            // a broken logging backend is this notifier's downstream failing: report it, do not throw
            return DeliveryResult.failed(name, "logging failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), 1);
        }
    }

    @Override
    public String toString() {
        return "Slf4jNotifier[" + name + "]";
    }
}
