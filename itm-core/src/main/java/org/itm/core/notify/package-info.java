/**
 * Notification SPI: a {@link org.itm.core.notify.Notifier} sends a {@link org.itm.core.notify.Notification} and
 * reports a {@link org.itm.core.notify.DeliveryResult}; a {@link org.itm.core.notify.NotificationRouter} picks the
 * notifiers by ordered rules, de-duplicates by key within a window and rate-limits per recipient.
 *
 * <p>Defaults: {@link org.itm.core.notify.RecordingNotifier#create()} (in memory, for tests) and
 * {@link org.itm.core.notify.Notifier#slf4j()} (logs without personal data at info). Other implementations are
 * found with {@link org.itm.core.notify.Notifier#loadAll()} or passed explicitly; each should pass
 * {@code org.itm.testkit.notify.NotifierCompatibilityKit}. The entry point for sending is
 * {@link org.itm.core.notify.NotificationRouter#builder()}; a notification is built with
 * {@link org.itm.core.notify.Notification#builder()}.
 *
 * <pre>{@code
 * RecordingNotifier pager = RecordingNotifier.create("pager");
 * NotificationRouter router = NotificationRouter.builder().clock(Clock.systemUTC())
 *         .notifier(pager).notifier(Notifier.slf4j())
 *         .route("major", RouteCondition.severityAtLeast(Severity.MAJOR), "pager")
 *         .fallback("slf4j")                                    // everything else is only logged
 *         .deduplicationWindow(Duration.ofMinutes(15))
 *         .build();
 * Notification down = Notification.builder().channel("pager").recipients("network-oncall")
 *         .subject("Core switch down").severity(Severity.CRITICAL)
 *         .correlationId("INC-7").deduplicationKey("INC-7|down").build();
 * RoutingStatus first = router.route(down).status();   // DELIVERED, through the pager
 * RoutingStatus again = router.route(down).status();   // SUPPRESSED: same key within 15 minutes
 * }</pre>
 */
@NullMarked
package org.itm.core.notify;

import org.jspecify.annotations.NullMarked;
