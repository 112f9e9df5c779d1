package org.itm.core.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.itm.core.ItmValidationException;
import org.itm.core.notify.Notification;
import org.itm.core.notify.NotificationRouter;
import org.itm.core.notify.Notifier;
import org.itm.core.notify.Route;
import org.itm.core.notify.RouteCondition;
import org.itm.core.notify.RoutingStrategy;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/** Collects the router's settings; argument checks happen in the setters, cross-checks in {@link #build()}. */
public final class RouterBuilder implements NotificationRouter.Builder {

    static final int DEFAULT_MAX_TRACKED = 100_000;

    private @org.jspecify.annotations.Nullable Clock clock;
    private final Map<String, Notifier> notifiers = new LinkedHashMap<>();
    private final List<String> duplicateNotifierNames = new ArrayList<>();
    private final List<Route> routes = new ArrayList<>();
    private List<String> fallback = List.of();
    private RoutingStrategy strategy = RoutingStrategy.FIRST_MATCH;
    private Duration deduplicationWindow = Duration.ZERO;
    private int maxPerRecipient;
    private Duration rateWindow = Duration.ZERO;
    private int maxTrackedKeys = DEFAULT_MAX_TRACKED;
    private int maxTrackedRecipients = DEFAULT_MAX_TRACKED;

    @Override
    public NotificationRouter.Builder clock(Clock clock) {
        this.clock = Checks.notNull(clock, "clock");
        return this;
    }

    @Override
    public NotificationRouter.Builder notifier(Notifier notifier) {
        Checks.notNull(notifier, "notifier");
        String name = Checks.id(notifier.name(), "notifier.name");
        if (notifiers.putIfAbsent(name, notifier) != null) {
            duplicateNotifierNames.add(name);
        }
        return this;
    }

    @Override
    public NotificationRouter.Builder notifiers(Collection<? extends Notifier> notifiers) {
        Checks.notNull(notifiers, "notifiers");
        notifiers.forEach(this::notifier);
        return this;
    }

    @Override
    public NotificationRouter.Builder route(Route route) {
        routes.add(Checks.notNull(route, "route"));
        return this;
    }

    @Override
    public NotificationRouter.Builder route(String name, RouteCondition condition, String... notifiers) {
        Checks.notNull(notifiers, "notifiers");
        return route(new Route(name, condition, List.of(notifiers)));
    }

    @Override
    public NotificationRouter.Builder route(String name, Predicate<Notification> condition, String... notifiers) {
        Checks.notNull(condition, "condition");
        return route(name, RouteCondition.of("custom predicate", condition), notifiers);
    }

    @Override
    public NotificationRouter.Builder fallback(String... notifiers) {
        Checks.notNull(notifiers, "fallback");
        List<String> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < notifiers.length; i++) {
            String n = Checks.notNull(notifiers[i], "fallback[" + i + "]");
            Checks.require(seen.add(n), "fallback[" + i + "]", "names notifier '" + n + "' twice");
            list.add(n);
        }
        this.fallback = List.copyOf(list);
        return this;
    }

    @Override
    public NotificationRouter.Builder strategy(RoutingStrategy strategy) {
        this.strategy = Checks.notNull(strategy, "strategy");
        return this;
    }

    @Override
    public NotificationRouter.Builder deduplicationWindow(Duration window) {
        this.deduplicationWindow = Checks.notNegative(window, "deduplicationWindow");
        return this;
    }

    @Override
    public NotificationRouter.Builder rateLimitPerRecipient(int maxPerRecipient, Duration window) {
        Checks.positive(maxPerRecipient, "maxPerRecipient");
        Checks.positive(window, "rateLimitWindow");
        this.maxPerRecipient = maxPerRecipient;
        this.rateWindow = window;
        return this;
    }

    @Override
    public NotificationRouter.Builder maxTrackedKeys(int max) {
        this.maxTrackedKeys = Checks.positive(max, "maxTrackedKeys");
        return this;
    }

    @Override
    public NotificationRouter.Builder maxTrackedRecipients(int max) {
        this.maxTrackedRecipients = Checks.positive(max, "maxTrackedRecipients");
        return this;
    }

    @Override
    public NotificationRouter build() {
        Violations v = new Violations();
        v.require(clock != null, "clock", "must be set: the router measures its windows on an injected Clock"
                + " (Clock.systemUTC() in production, a fixed or mutable clock in tests)");
        for (String name : duplicateNotifierNames) {
            v.add("notifiers[" + name + "]", "is registered twice; notifier names must be unique");
        }
        v.require(!notifiers.isEmpty(), "notifiers", "must register at least one notifier");
        v.require(!routes.isEmpty() || !fallback.isEmpty(), "routes",
                "must define at least one route or a fallback");
        Set<String> routeNames = new HashSet<>();
        for (Route route : routes) {
            String path = "routes[" + route.name() + "]";
            v.require(routeNames.add(route.name()), path, "route name is used twice");
            for (int i = 0; i < route.notifiers().size(); i++) {
                String n = route.notifiers().get(i);
                v.require(notifiers.containsKey(n), path + ".notifiers[" + i + "]",
                        "names notifier '" + n + "', which is not registered (registered: " + notifiers.keySet() + ")");
            }
        }
        for (int i = 0; i < fallback.size(); i++) {
            String n = fallback.get(i);
            v.require(notifiers.containsKey(n), "fallback[" + i + "]",
                    "names notifier '" + n + "', which is not registered (registered: " + notifiers.keySet() + ")");
        }
        if (!v.isEmpty()) {
            throw new ItmValidationException(v.list());
        }
        AdmissionControl admission = new AdmissionControl(deduplicationWindow, maxPerRecipient, rateWindow,
                maxTrackedKeys, maxTrackedRecipients);
        return new DefaultNotificationRouter(Objects.requireNonNull(clock), Map.copyOf(notifiers), List.copyOf(routes), fallback, strategy,
                admission);
    }
}
