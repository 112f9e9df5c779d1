package org.itm.core.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Predicate;
import org.itm.core.notify.internal.RouterBuilder;

/**
 * Sends each notification through the notifiers its rules choose, at most once per de-duplication key within a
 * window and at most N times per recipient within a window. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * NotificationRouter router = NotificationRouter.builder()
 *         .clock(clock)
 *         .notifier(pager).notifier(mail).notifier(Notifier.slf4j())
 *         .route("critical", RouteCondition.severityAtLeast(Severity.MAJOR), "pager", "mail")
 *         .route("mail", RouteCondition.channelIn("email"), "mail")
 *         .fallback("slf4j")
 *         .deduplicationWindow(Duration.ofMinutes(15))
 *         .rateLimitPerRecipient(20, Duration.ofHours(1))
 *         .build();
 * RoutingResult result = router.route(notification);
 * }</pre>
 *
 * <p>For each notification the router, in this order:
 * <ol>
 *   <li>evaluates the routes in order ({@link RoutingStrategy}); when none matches it uses the fallback notifiers,
 *       or suppresses the notification when there is no fallback;</li>
 *   <li>suppresses it if a notification with the same {@link Notification#deduplicationKey()} was admitted less
 *       than the de-duplication window ago (the window is half-open: exactly one window later it passes again;
 *       keys are global to the router, whatever the channel);</li>
 *   <li>leaves out each recipient who was already sent {@code maxPerRecipient} notifications within the last
 *       rate-limit window (a sliding window); it suppresses the notification when no recipient is left;</li>
 *   <li>sends it to each chosen notifier on the calling thread. A notifier that throws is reported as a failed
 *       delivery; the router itself never throws for delivery problems.</li>
 * </ol>
 * When every chosen notifier fails, the notification is forgotten by the de-duplication and rate-limit state, so
 * that a retry is not suppressed. A notification that is being delivered counts as sent for concurrent
 * duplicates.
 *
 * <p>Thread-safe. Memory is bounded: de-duplication keys and recipient counters expire once their window has
 * passed, and at most {@link Builder#maxTrackedKeys(int)} keys and {@link Builder#maxTrackedRecipients(int)}
 * recipients are kept (the least recently used are dropped first). Time comes only from the builder's
 * {@link Clock}.
 */
public interface NotificationRouter {

    /** A builder with the system UTC clock, first-match routing, and no de-duplication or rate limit. */
    static Builder builder() {
        return new RouterBuilder();
    }

    /**
     * Routes {@code notification}: chooses notifiers, applies de-duplication and rate limits, delivers, and
     * explains the outcome.
     *
     * @throws org.itm.core.ItmValidationException if {@code notification} is null; nothing changes
     */
    RoutingResult route(Notification notification);

    /**
     * Which routes and notifiers {@link #route} would choose for {@code notification}, without sending anything or
     * touching the de-duplication and rate-limit state.
     */
    RoutingDecision explain(Notification notification);

    /**
     * This router seen as a single {@link Notifier} named {@code name}, for code that takes one notifier: a
     * (partial) delivery becomes {@code DELIVERED}, a failure {@code FAILED} and a suppression {@code SUPPRESSED},
     * each with the router's reason.
     */
    Notifier asNotifier(String name);

    /** How many de-duplication keys are currently remembered (for monitoring memory use). */
    int trackedKeys();

    /** How many recipients currently have rate-limit counters (for monitoring memory use). */
    int trackedRecipients();

    /**
     * Configures a {@link NotificationRouter}. Setters reject bad arguments at once; {@link #build()} checks that
     * routes and the fallback name registered notifiers and reports every problem together. Not thread-safe.
     */
    interface Builder {

        /** The source of time for de-duplication and rate-limit windows (default: the system UTC clock). */
        Builder clock(Clock clock);

        /** Registers {@code notifier} under its {@link Notifier#name()}, which must be unique in this router. */
        Builder notifier(Notifier notifier);

        /** Registers each of {@code notifiers}, e.g. those of {@link Notifier#loadAll()}. */
        Builder notifiers(Collection<? extends Notifier> notifiers);

        /** Adds {@code route} after those already added. */
        Builder route(Route route);

        /** Adds a route named {@code name}: when {@code condition} holds, send through {@code notifiers}. */
        Builder route(String name, RouteCondition condition, String... notifiers);

        /**
         * Adds a route named {@code name} with a custom predicate, described as {@code custom predicate} in
         * explanations; prefer {@link RouteCondition#of(String, Predicate)} to give it a description.
         */
        Builder route(String name, Predicate<Notification> condition, String... notifiers);

        /** The notifiers used when no route matches (default: none, so such notifications are suppressed). */
        Builder fallback(String... notifiers);

        /** First match (default) or all matches. */
        Builder strategy(RoutingStrategy strategy);

        /**
         * Suppresses a notification whose de-duplication key was admitted less than {@code window} ago;
         * {@link Duration#ZERO} (the default) switches de-duplication off.
         */
        Builder deduplicationWindow(Duration window);

        /** Lets each recipient receive at most {@code maxPerRecipient} notifications in any {@code window}. */
        Builder rateLimitPerRecipient(int maxPerRecipient, Duration window);

        /** The most de-duplication keys remembered at once (default 100,000). */
        Builder maxTrackedKeys(int max);

        /** The most recipients with rate-limit counters at once (default 100,000). */
        Builder maxTrackedRecipients(int max);

        /**
         * The router.
         *
         * @throws org.itm.core.ItmValidationException naming every problem, e.g. a route that names an unknown
         *                                             notifier ({@code routes[critical].notifiers[1]})
         */
        NotificationRouter build();
    }
}
