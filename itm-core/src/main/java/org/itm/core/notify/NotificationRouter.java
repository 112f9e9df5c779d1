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
 *
 * @since 0.1
 */
public interface NotificationRouter {

    /**
     * A builder with first-match routing and no de-duplication or rate limit; a {@code clock} must be set.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new RouterBuilder();
    }

    /**
     * Routes {@code notification}: chooses notifiers, applies de-duplication and rate limits, delivers, and
     * explains the outcome.
     *
     * @param notification the notification to send
     * @return which routes matched, which notifiers were used and what each delivered, or why it was suppressed
     * @throws org.itm.core.ItmValidationException if {@code notification} is null; nothing changes
     */
    RoutingResult route(Notification notification);

    /**
     * Which routes and notifiers {@link #route} would choose for {@code notification}, without sending anything or
     * touching the de-duplication and rate-limit state.
     *
     * @param notification the notification to route
     * @return the matching routes and chosen notifiers, with the reason for each
     * @throws org.itm.core.ItmValidationException if {@code notification} is null
     */
    RoutingDecision explain(Notification notification);

    /**
     * This router seen as a single {@link Notifier} named {@code name}, for code that takes one notifier: a
     * (partial) delivery becomes {@code DELIVERED}, a failure {@code FAILED} and a suppression {@code SUPPRESSED},
     * each with the router's reason.
     *
     * @param name the name the returned notifier reports, e.g. {@code router}
     * @return a notifier that routes everything it is given through this router
     */
    Notifier asNotifier(String name);

    /**
     * How many de-duplication keys are currently remembered (for monitoring memory use).
     *
     * @return the number of remembered keys, at most {@link Builder#maxTrackedKeys(int)}
     */
    int trackedKeys();

    /**
     * How many recipients currently have rate-limit counters (for monitoring memory use).
     *
     * @return the number of tracked recipients, at most {@link Builder#maxTrackedRecipients(int)}
     */
    int trackedRecipients();

    /**
     * Configures a {@link NotificationRouter}. Setters reject bad arguments at once; {@link #build()} checks that
     * routes and the fallback name registered notifiers and reports every problem together. Not thread-safe.
     */
    interface Builder {

        /**
         * The source of time for de-duplication and rate-limit windows; required.
         *
         * @param clock the clock; a fixed clock makes the windows deterministic in tests
         * @return this builder
         */
        Builder clock(Clock clock);

        /**
         * Registers {@code notifier} under its {@link Notifier#name()}, which must be unique in this router.
         *
         * @param notifier the notifier
         * @return this builder
         */
        Builder notifier(Notifier notifier);

        /**
         * Registers each of {@code notifiers}, e.g. those of {@link Notifier#loadAll()}.
         *
         * @param notifiers the notifiers; their names must be unique in this router
         * @return this builder
         */
        Builder notifiers(Collection<? extends Notifier> notifiers);

        /**
         * Adds {@code route} after those already added.
         *
         * @param route the route
         * @return this builder
         */
        Builder route(Route route);

        /**
         * Adds a route named {@code name}: when {@code condition} holds, send through {@code notifiers}.
         *
         * @param name the route's name, used in explanations and violation paths
         * @param condition when the route applies
         * @param notifiers the names of registered notifiers to send through, at least one
         * @return this builder
         */
        Builder route(String name, RouteCondition condition, String... notifiers);

        /**
         * Adds a route named {@code name} with a custom predicate, described as {@code custom predicate} in
         * explanations; prefer {@link RouteCondition#of(String, Predicate)} to give it a description.
         *
         * @param name the route's name, used in explanations and violation paths
         * @param condition when the route applies
         * @param notifiers the names of registered notifiers to send through, at least one
         * @return this builder
         */
        Builder route(String name, Predicate<Notification> condition, String... notifiers);

        /**
         * The notifiers used when no route matches (default: none, so such notifications are suppressed).
         *
         * @param notifiers the names of registered notifiers; none to suppress unrouted notifications
         * @return this builder
         */
        Builder fallback(String... notifiers);

        /**
         * First match (default) or all matches.
         *
         * @param strategy whether the first matching route or every matching route is used
         * @return this builder
         */
        Builder strategy(RoutingStrategy strategy);

        /**
         * Suppresses a notification whose de-duplication key was admitted less than {@code window} ago;
         * {@link Duration#ZERO} (the default) switches de-duplication off.
         *
         * @param window zero or positive
         * @return this builder
         */
        Builder deduplicationWindow(Duration window);

        /**
         * Lets each recipient receive at most {@code maxPerRecipient} notifications in any {@code window}.
         *
         * @param maxPerRecipient 1 or more
         * @param window the length of the sliding window; positive
         * @return this builder
         */
        Builder rateLimitPerRecipient(int maxPerRecipient, Duration window);

        /**
         * The most de-duplication keys remembered at once (default 100,000).
         *
         * @param max 1 or more
         * @return this builder
         */
        Builder maxTrackedKeys(int max);

        /**
         * The most recipients with rate-limit counters at once (default 100,000).
         *
         * @param max 1 or more
         * @return this builder
         */
        Builder maxTrackedRecipients(int max);

        /**
         * The router.
         *
         * @return the thread-safe router
         * @throws org.itm.core.ItmValidationException naming every problem, e.g. a route that names an unknown
         *                                             notifier ({@code routes[critical].notifiers[1]})
         */
        NotificationRouter build();
    }
}
