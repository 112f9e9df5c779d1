package org.itm.core.notify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * One rule of a {@link NotificationRouter}: when {@code condition} holds, send through {@code notifiers}.
 * Routes are tried in the order they were added to the router.
 *
 * @param name      identifies the route in explanations, e.g. {@code critical-to-pager}: 1-128 letters, digits or
 *                  {@code ._:@/-}
 * @param condition when the route applies
 * @param notifiers names of the notifiers to send through, in order; at least one, no repeats; copied
 * @since 0.1
 */
public record Route(String name, RouteCondition condition, List<String> notifiers) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param name identifies the route in explanations, e.g. {@code critical-to-pager}: 1-128 letters, digits or
     *        {@code ._:@/-}
     * @param condition when the route applies
     * @param notifiers names of the notifiers to send through, in order; at least one, no repeats; copied
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public Route {
        Violations v = new Violations();
        v.check("", () -> Checks.id(name, "name"));
        v.require(condition != null, "condition", "must not be null");
        if (v.require(notifiers != null && !notifiers.isEmpty(), "notifiers", "must name at least one notifier")) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < notifiers.size(); i++) {
                String n = notifiers.get(i);
                String path = "notifiers[" + i + "]";
                if (v.require(n != null, path, "must not be null")) {
                    v.require(seen.add(n), path, "names notifier '" + n + "' twice");
                }
            }
        }
        v.throwIfAny();
        notifiers = List.copyOf(notifiers);
    }

    @Override
    public String toString() {
        return "route '" + name + "' (" + condition.description() + ") -> " + notifiers;
    }
}
