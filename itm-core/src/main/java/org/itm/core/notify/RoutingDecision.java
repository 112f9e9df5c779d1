package org.itm.core.notify;

import java.util.List;
import java.util.stream.Collectors;
import org.itm.core.validation.Checks;

/**
 * Which routes a {@link NotificationRouter} chose for a notification and why; {@link #explanation()} says it in
 * one sentence.
 *
 * @param evaluations  every route that was evaluated, in order, with whether it matched (with
 *                     {@link RoutingStrategy#FIRST_MATCH}, routes after the first match are not evaluated)
 * @param matchedRoutes names of the routes used, in order; empty when none matched
 * @param notifiers    names of the notifiers chosen, in order, without repeats; empty when nothing is to be sent
 * @param fallbackUsed whether no route matched and the router's fallback notifiers were chosen
 * @since 0.1
 */
public record RoutingDecision(List<RouteEvaluation> evaluations, List<String> matchedRoutes,
                              List<String> notifiers, boolean fallbackUsed) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param evaluations every route that was evaluated, in order, with whether it matched (with {@link
     *        RoutingStrategy#FIRST_MATCH}, routes after the first match are not evaluated)
     * @param matchedRoutes names of the routes used, in order; empty when none matched
     * @param notifiers names of the notifiers chosen, in order, without repeats; empty when nothing is to be sent
     * @param fallbackUsed whether no route matched and the router's fallback notifiers were chosen
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public RoutingDecision {
        evaluations = List.copyOf(Checks.notNull(evaluations, "evaluations"));
        matchedRoutes = List.copyOf(Checks.notNull(matchedRoutes, "matchedRoutes"));
        notifiers = List.copyOf(Checks.notNull(notifiers, "notifiers"));
        Checks.require(!(fallbackUsed && !matchedRoutes.isEmpty()), "fallbackUsed",
                "must be false when a route matched");
    }

    /**
     * Whether any notifier was chosen.
     *
     * @return whether the notification goes to at least one notifier
     */
    public boolean routed() {
        return !notifiers.isEmpty();
    }

    /**
     * One sentence explaining the choice, e.g. {@code route 'pager' matched (severity >= MAJOR) -> [pagerduty];
     * not matched before it: 'chat' (channel = chat)}.
     *
     * @return the explanation
     */
    public String explanation() {
        List<String> missed = evaluations.stream().filter(e -> !e.matched())
                .map(e -> "'" + e.route() + "' (" + e.condition() + ")").collect(Collectors.toList());
        if (!matchedRoutes.isEmpty()) {
            String matched = evaluations.stream().filter(RouteEvaluation::matched)
                    .map(e -> "'" + e.route() + "' (" + e.condition() + ")")
                    .collect(Collectors.joining(", "));
            String head = (matchedRoutes.size() == 1 ? "route " : "routes ") + matched + " matched -> " + notifiers;
            return missed.isEmpty() ? head : head + "; not matched: " + String.join(", ", missed);
        }
        String checked = missed.isEmpty() ? "no routes defined" : "checked " + String.join(", ", missed);
        return fallbackUsed
                ? "no route matched (" + checked + "); fallback -> " + notifiers
                : "no route matched (" + checked + ") and no fallback is configured";
    }
}
