package org.itm.core.notify;

import org.itm.core.validation.Checks;

/**
 * How one route was judged for one notification, as part of a {@link RoutingDecision}.
 *
 * @param route     the route's name
 * @param condition the description of the route's condition
 * @param matched   whether the condition held
 * @since 0.1
 */
public record RouteEvaluation(String route, String condition, boolean matched) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param route the route's name
     * @param condition the description of the route's condition
     * @param matched whether the condition held
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public RouteEvaluation {
        Checks.notBlank(route, "route");
        Checks.notBlank(condition, "condition");
    }
}
