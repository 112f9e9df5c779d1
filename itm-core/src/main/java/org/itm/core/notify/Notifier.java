package org.itm.core.notify;

import java.util.List;
import org.itm.core.notify.internal.NotifierLoader;
import org.itm.core.notify.internal.Slf4jNotifier;
import org.slf4j.Logger;

/**
 * Sends notifications through one channel technology (log, mail, webhook, chat, ...). Implement it to plug in a
 * new channel; prove the implementation with {@code org.itm.testkit.notify.NotifierCompatibilityKit}.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Thread-safe:</b> {@link #send} may be called from many threads at once.</li>
 *   <li><b>Results, not exceptions, for delivery problems:</b> when the downstream is unreachable, times out or
 *       refuses, {@code send} returns {@link DeliveryResult#failed} with the reason and the number of attempts
 *       made (retries included). It never throws for a delivery failure.</li>
 *   <li><b>Exceptions for bad input only:</b> {@code send(null)}, or a notification this notifier cannot address
 *       (e.g. a recipient that is not a mail address for a mail notifier), throws
 *       {@link org.itm.core.ItmValidationException} naming the field, and nothing is delivered.</li>
 *   <li><b>Every result carries {@link #name()}</b> as its {@link DeliveryResult#notifierName()}.</li>
 *   <li><b>{@code DELIVERED}</b> means the downstream accepted the notification; a notifier may return
 *       {@code SUPPRESSED} when it deliberately sends nothing (e.g. its own quiet hours).</li>
 *   <li><b>No personal data at info level:</b> recipients' addresses and bodies are logged at debug at most.</li>
 * </ul>
 *
 * <p>Implementations are found with {@link #loadAll()} when listed in
 * {@code META-INF/services/org.itm.core.notify.Notifier} (public no-argument constructor), and can always be
 * passed explicitly, e.g. to {@link NotificationRouter.Builder#notifier(Notifier)}.
 *
 * @since 0.1
 */
public interface Notifier {

    /**
     * A stable name that identifies this notifier in routes and results, e.g. {@code ops-mail}: 1-128 letters,
     * digits or {@code ._:@/-}.
     *
     * @return the notifier's name
     */
    String name();

    /**
     * Delivers {@code notification} to its recipients and says how it went.
     *
     * @return the outcome; never {@code null}; its notifier name is {@link #name()}
     * @param notification the notification to deliver
     * @throws org.itm.core.ItmValidationException if {@code notification} is {@code null} or cannot be addressed
     *                                             by this notifier; nothing was delivered
     */
    DeliveryResult send(Notification notification);

    /**
     * A new instance of every notifier listed in {@code META-INF/services/org.itm.core.notify.Notifier} on the
     * class path (ITM itself lists the SLF4J notifier), in discovery order.
     *
     * @return the discovered notifiers; empty if none is listed
     * @throws org.itm.core.ItmException if a listed provider cannot be instantiated, naming it
     */
    static List<Notifier> loadAll() {
        return NotifierLoader.load(Thread.currentThread().getContextClassLoader());
    }

    /**
     * As {@link #loadAll()}, looking in {@code classLoader}.
     *
     * @param classLoader where to look for the service files
     * @return the discovered notifiers
     */
    static List<Notifier> loadAll(ClassLoader classLoader) {
        return NotifierLoader.load(classLoader);
    }

    /**
     * A notifier named {@code slf4j} that writes each notification to the SLF4J logger {@code org.itm.notify}:
     * channel, severity, correlation id and the number of recipients at info; subject, recipients, body and
     * attributes only at debug, so that no personal data reaches the info log.
     *
     * @return the notifier
     */
    static Notifier slf4j() {
        return new Slf4jNotifier();
    }

    /**
     * As {@link #slf4j()}, named {@code name} and writing to {@code logger}.
     *
     * @param name the notifier's name
     * @param logger where to write
     * @return the notifier
     */
    static Notifier slf4j(String name, Logger logger) {
        return new Slf4jNotifier(name, logger);
    }
}
