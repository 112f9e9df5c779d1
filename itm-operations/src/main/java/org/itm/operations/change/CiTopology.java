package org.itm.operations.change;

import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import org.itm.core.service.CiId;
import org.itm.core.service.ElementId;
import org.itm.core.service.Relationship;
import org.itm.core.service.ServiceModel;
import org.itm.core.validation.Checks;

/**
 * Tells which configuration items are connected to a CI, for collision detection.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CiTopology {

    /**
     * The elements connected to {@code ci}; called by {@link CollisionDetector} for every CI of every change it
     * compares, so it should be cheap and thread-safe.
     *
     * @param ci    a CI id
     * @param depth the most relationships to follow; 0 or less gives an empty set
     * @return the ids of elements at most {@code depth} relationships away, without {@code ci} itself
     */
    Set<String> within(String ci, int depth);

    /**
     * No connections: changes collide only on the very same CI.
     *
     * @return a topology that always answers an empty set
     */
    static CiTopology none() {
        return (ci, depth) -> Set.of();
    }

    /**
     * Connections of the core CI graph, following relationships in both directions; CIs unknown to the model have
     * none. Walks only the neighbourhood itself (cost proportional to its size, not to the model).
     *
     * @param model the service model; read on every call, so later changes to a mutable model are seen
     * @return the topology
     * @throws org.itm.core.ItmValidationException if {@code model} is null
     */
    static CiTopology of(ServiceModel model) {
        Checks.notNull(model, "model");
        return (ci, depth) -> {
            CiId origin = new CiId(ci);
            if (depth <= 0 || !model.contains(origin)) {
                return Set.of();
            }
            Set<ElementId> seen = new HashSet<>();
            seen.add(origin);
            List<ElementId> frontier = List.of(origin);
            for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
                List<ElementId> next = new ArrayList<>();
                for (ElementId e : frontier) {
                    for (Relationship r : model.relationshipsFrom(e)) {
                        if (seen.add(r.target())) {
                            next.add(r.target());
                        }
                    }
                    for (Relationship r : model.relationshipsTo(e)) {
                        if (seen.add(r.source())) {
                            next.add(r.source());
                        }
                    }
                }
                frontier = next;
            }
            Set<String> out = new HashSet<>();
            for (ElementId e : seen) {
                if (!e.equals(origin)) {
                    out.add(e.value());
                }
            }
            return out;
        };
    }
}
