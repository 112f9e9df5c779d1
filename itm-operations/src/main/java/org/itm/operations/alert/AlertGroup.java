package org.itm.operations.alert;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.itm.core.notify.Severity;
import org.itm.core.validation.Violations;

/**
 * The stored state of one incident group of an {@link AlertCorrelator}: which alerts are open in it, its highest
 * severity and priority, and the recent state changes of its alerts (for flapping detection). Take snapshots
 * with {@link AlertCorrelator#group(String)}; hand them back with {@link AlertCorrelator.Builder#restore}.
 *
 * @param id           the group id, e.g. {@code shop#12}
 * @param service      the service the group is for
 * @param maxSeverity  the highest severity seen in the group
 * @param priority     the priority of the group's incident
 * @param openedAt     when its first alert fired
 * @param lastActivity its latest alert activity; not before {@code openedAt}
 * @param flapping     whether one of its alerts was found flapping (clears then only annotate)
 * @param open         the alerts open in it, keys unique; empty once all cleared; copied
 * @param transitions  per alert key, the recent instants at which it changed state, in time order; copied
 * @param superseded   whether a newer group of the same service took over correlation; a group that is not
 *                     superseded is its service's current one, which an alert firing within the correlation window
 *                     of its last activity joins even when all of its alerts had cleared
 * @since 0.1
 */
public record AlertGroup(String id, String service, Severity maxSeverity, String priority, Instant openedAt,
                         Instant lastActivity, boolean flapping, List<OpenAlert> open,
                         Map<String, List<Instant>> transitions, boolean superseded) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param id           the group id, e.g. {@code shop#12}
     * @param service      the service the group is for
     * @param maxSeverity  the highest severity seen in the group
     * @param priority     the priority of the group's incident
     * @param openedAt     when its first alert fired
     * @param lastActivity its latest alert activity; not before {@code openedAt}
     * @param flapping     whether one of its alerts was found flapping (clears then only annotate)
     * @param open         the alerts open in it, keys unique; empty once all cleared; copied
     * @param transitions  per alert key, the recent instants at which it changed state, in time order; copied
     * @param superseded   whether a newer group of the same service took over correlation; a group that is not
     *                     superseded is its service's current one, which an alert firing within the correlation window
     *                     of its last activity joins even when all of its alerts had cleared
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public AlertGroup {
        Violations v = new Violations();
        v.require(id != null && !id.isBlank(), "id", "must not be blank");
        v.require(service != null && !service.isBlank(), "service", "must not be blank");
        v.require(maxSeverity != null, "maxSeverity", "must not be null");
        v.require(priority != null && !priority.isBlank(), "priority", "must not be blank");
        v.require(openedAt != null, "openedAt", "must not be null");
        if (v.require(lastActivity != null, "lastActivity", "must not be null") && openedAt != null) {
            v.require(!lastActivity.isBefore(openedAt), "lastActivity", "must not be before openedAt ("
                    + openedAt + "), was " + lastActivity);
        }
        if (v.require(open != null, "open", "must not be null")) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < open.size(); i++) {
                OpenAlert o = open.get(i);
                if (v.require(o != null, "open[" + i + "]", "must not be null")) {
                    v.require(keys.add(o.key()), "open[" + i + "].key", "repeats '" + o.key() + "'");
                    if (maxSeverity != null) {
                        v.require(maxSeverity.atLeast(o.severity()),
                                "open[" + i + "].severity", "must not exceed maxSeverity " + maxSeverity
                                        + ", was " + o.severity());
                    }
                }
            }
        }
        if (v.require(transitions != null, "transitions", "must not be null")) {
            transitions.forEach((key, list) -> {
                if (v.require(list != null, "transitions." + key, "must not be null")) {
                    for (int i = 1; i < list.size(); i++) {
                        v.require(!list.get(i).isBefore(list.get(i - 1)), "transitions." + key + "[" + i + "]",
                                "must not be before the previous change " + list.get(i - 1));
                    }
                }
            });
        }
        v.throwIfAny();
        open = List.copyOf(open);
        Map<String, List<Instant>> t = new TreeMap<>();
        transitions.forEach((k, l) -> t.put(k, List.copyOf(l)));
        transitions = Collections.unmodifiableMap(t);
    }

    /**
     * A group that is its service's current one (not superseded).
     *
     * @param id           the group id
     * @param service      the service
     * @param maxSeverity  the highest severity seen
     * @param priority     the incident's priority
     * @param openedAt     when its first alert fired
     * @param lastActivity its latest alert activity
     * @param flapping     whether one of its alerts was found flapping
     * @param open         the alerts open in it
     * @param transitions  per alert key, the recent state changes
     */
    public AlertGroup(String id, String service, Severity maxSeverity, String priority, Instant openedAt,
                      Instant lastActivity, boolean flapping, List<OpenAlert> open,
                      Map<String, List<Instant>> transitions) {
        this(id, service, maxSeverity, priority, openedAt, lastActivity, flapping, open, transitions, false);
    }

    /**
     * Whether a restarted correlator needs this group: it has open alerts, or it is still its service's current
     * group (a re-fire within the window joins it). A superseded group with every alert cleared is history.
     *
     * @return true when {@link AlertCorrelator.Builder#restore} should be given it
     */
    public boolean isRestorable() {
        return isOpen() || !superseded;
    }

    /**
     * Whether alerts are still open in the group.
     *
     * @return true while at least one alert of the group is firing
     */
    public boolean isOpen() {
        return !open.isEmpty();
    }
}
