package org.itm.core.notify.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.DeliveryStatus;
import org.itm.core.notify.Notification;
import org.itm.core.notify.NotificationRouter;
import org.itm.core.notify.Notifier;
import org.itm.core.notify.Route;
import org.itm.core.notify.RouteEvaluation;
import org.itm.core.notify.RoutingDecision;
import org.itm.core.notify.RoutingResult;
import org.itm.core.notify.RoutingStatus;
import org.itm.core.notify.RoutingStrategy;
import org.itm.core.validation.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The router behind {@link NotificationRouter#builder()}; immutable configuration plus {@link AdmissionControl}. */
final class DefaultNotificationRouter implements NotificationRouter {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultNotificationRouter.class);

    private final Clock clock;
    private final Map<String, Notifier> notifiers;
    private final List<Route> routes;
    private final List<String> fallback;
    private final RoutingStrategy strategy;
    private final AdmissionControl admission;

    DefaultNotificationRouter(Clock clock, Map<String, Notifier> notifiers, List<Route> routes, List<String> fallback,
                              RoutingStrategy strategy, AdmissionControl admission) {
        this.clock = clock;
        this.notifiers = notifiers;
        this.routes = routes;
        this.fallback = fallback;
        this.strategy = strategy;
        this.admission = admission;
    }

    @Override
    public RoutingDecision explain(Notification notification) {
        Checks.notNull(notification, "notification");
        List<RouteEvaluation> evaluations = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        Set<String> chosen = new LinkedHashSet<>();
        for (Route route : routes) {
            boolean holds;
            String condition = route.condition().description();
            try {
                holds = route.condition().test(notification);
            } catch (RuntimeException e) {
                // a broken condition must not drop the notification: treat it as not matching, so later routes
                // and the fallback still apply, and say so in the explanation
                LOG.warn("route '{}' condition threw {} for notification {}; treated as not matching",
                        route.name(), e.getClass().getName(), notification.correlationId());
                holds = false;
                condition = condition + " [condition threw " + e.getClass().getSimpleName() + "]";
            }
            evaluations.add(new RouteEvaluation(route.name(), condition, holds));
            if (holds) {
                matched.add(route.name());
                chosen.addAll(route.notifiers());
                if (strategy == RoutingStrategy.FIRST_MATCH) {
                    break;
                }
            }
        }
        boolean fallbackUsed = matched.isEmpty() && !fallback.isEmpty();
        if (fallbackUsed) {
            chosen.addAll(fallback);
        }
        return new RoutingDecision(evaluations, matched, List.copyOf(chosen), fallbackUsed);
    }

    @Override
    public RoutingResult route(Notification notification) {
        RoutingDecision decision = explain(notification);
        String id = notification.correlationId();
        String key = notification.deduplicationKey();
        if (!decision.routed()) {
            LOG.debug("notification {} suppressed: {}", id, decision.explanation());
            return new RoutingResult(id, key, RoutingStatus.SUPPRESSED, decision.explanation(), decision,
                    List.of(), List.of());
        }
        AdmissionControl.Admission verdict = admission.admit(notification, clock);
        if (verdict instanceof AdmissionControl.Duplicate duplicate) {
            String reason = "duplicate: de-duplication key first admitted at " + duplicate.firstAt()
                    + ", suppressed until " + duplicate.until() + " (window " + admission.deduplicationWindow() + ")";
            LOG.debug("notification {} suppressed: {}", id, reason);
            return suppressed(id, key, reason, decision, List.of());
        }
        if (verdict instanceof AdmissionControl.AllRateLimited limited) {
            String reason = "rate limit: every recipient (" + limited.limited().size() + ") already received "
                    + admission.maxPerRecipient() + " notification(s) within " + admission.rateWindow();
            LOG.debug("notification {} suppressed: {}", id, reason);
            return suppressed(id, key, reason, decision, limited.limited());
        }
        AdmissionControl.Admitted admitted = (AdmissionControl.Admitted) verdict;
        Notification toSend = admitted.limited().isEmpty()
                ? notification : notification.withRecipients(admitted.allowed());
        List<DeliveryResult> deliveries = new ArrayList<>(decision.notifiers().size());
        for (String name : decision.notifiers()) {
            // a route names only registered notifiers (checked when the router is built)
            deliveries.add(deliver(Objects.requireNonNull(notifiers.get(name), name), toSend));
        }
        List<DeliveryResult> failed = deliveries.stream().filter(d -> !d.wasDelivered()).collect(Collectors.toList());
        RoutingStatus status;
        String reason;
        if (failed.isEmpty()) {
            status = RoutingStatus.DELIVERED;
            reason = "delivered by " + decision.notifiers() + "; " + decision.explanation();
        } else if (failed.size() < deliveries.size()) {
            status = RoutingStatus.PARTIALLY_DELIVERED;
            reason = "delivered by " + names(deliveries, true) + ", failed at " + describe(failed) + "; "
                    + decision.explanation();
        } else {
            admission.release(admitted);
            status = RoutingStatus.FAILED;
            reason = "every notifier failed: " + describe(failed) + "; " + decision.explanation();
        }
        if (!admitted.limited().isEmpty()) {
            reason = reason + "; " + admitted.limited().size() + " recipient(s) left out by the rate limit of "
                    + admission.maxPerRecipient() + " per " + admission.rateWindow();
        }
        LOG.debug("notification {} {}: {}", id, status, reason);
        return new RoutingResult(id, key, status, reason, decision, deliveries, admitted.limited());
    }

    private RoutingResult suppressed(String id, String key, String reason, RoutingDecision decision,
                                     List<String> limited) {
        List<DeliveryResult> deliveries = decision.notifiers().stream()
                .map(n -> DeliveryResult.suppressed(n, reason)).collect(Collectors.toList());
        return new RoutingResult(id, key, RoutingStatus.SUPPRESSED, reason, decision, deliveries, limited);
    }

    private static DeliveryResult deliver(Notifier notifier, Notification notification) {
        DeliveryResult result;
        try {
            result = notifier.send(notification);
        } catch (RuntimeException e) {
            // the contract says notifiers report failures; one that throws must not stop the other notifiers
            result = DeliveryResult.failed(notifier.name(), "notifier threw " + e.getClass().getName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), 1);
        }
        if (result == null) {
            result = DeliveryResult.failed(notifier.name(), "notifier returned no result", 1);
        }
        if (result.status() == DeliveryStatus.FAILED) {
            // the reason may quote an address, so it stays at debug; the warning names only ids
            LOG.warn("notifier {} failed to deliver notification {}", notifier.name(), notification.correlationId());
            LOG.debug("notifier {} failure for notification {}: {}", notifier.name(),
                    notification.correlationId(), result.reason());
        }
        return result;
    }

    private static List<String> names(List<DeliveryResult> deliveries, boolean delivered) {
        return deliveries.stream().filter(d -> d.wasDelivered() == delivered)
                .map(DeliveryResult::notifierName).collect(Collectors.toList());
    }

    private static String describe(List<DeliveryResult> results) {
        return results.stream().map(r -> r.notifierName() + " (" + r.reason() + ")")
                .collect(Collectors.joining(", "));
    }

    @Override
    public Notifier asNotifier(String name) {
        Checks.id(name, "name");
        return new RouterNotifier(name, this);
    }

    @Override
    public int trackedKeys() {
        return admission.trackedKeys(clock);
    }

    @Override
    public int trackedRecipients() {
        return admission.trackedRecipients(clock);
    }

    /** A router behind the single-notifier interface. */
    private record RouterNotifier(String name, NotificationRouter router) implements Notifier {

        @Override
        public DeliveryResult send(Notification notification) {
            Checks.notNull(notification, "notification");
            RoutingResult result = router.route(notification);
            int attempts = Math.max(1, result.deliveries().stream().mapToInt(DeliveryResult::attempts).sum());
            switch (result.status()) {
                case DELIVERED:
                case PARTIALLY_DELIVERED:
                    return new DeliveryResult(name, DeliveryStatus.DELIVERED, result.reason(), attempts);
                case FAILED:
                    return DeliveryResult.failed(name, result.reason(), attempts);
                default:
                    return DeliveryResult.suppressed(name, result.reason());
            }
        }
    }
}
