/**
 * Notification SPI: a {@link org.itm.core.notify.Notifier} sends a {@link org.itm.core.notify.Notification} and
 * reports a {@link org.itm.core.notify.DeliveryResult}; a {@link org.itm.core.notify.NotificationRouter} picks the
 * notifiers by ordered rules, de-duplicates by key within a window and rate-limits per recipient.
 *
 * <p>Defaults: {@link org.itm.core.notify.RecordingNotifier#create()} (in memory, for tests) and
 * {@link org.itm.core.notify.Notifier#slf4j()} (logs without personal data at info). Other implementations are
 * found with {@link org.itm.core.notify.Notifier#loadAll()} or passed explicitly; each should pass
 * {@code org.itm.testkit.notify.NotifierCompatibilityKit}.
 */
@NullMarked
package org.itm.core.notify;

import org.jspecify.annotations.NullMarked;
