package org.itm.operations.change;

import java.util.HashSet;
import java.util.Set;
import org.itm.core.NotFoundException;
import org.itm.core.service.CiId;
import org.itm.core.service.ElementId;
import org.itm.core.service.ServiceModel;
import org.itm.core.validation.Checks;

/** Tells which configuration items are connected to a CI, for collision detection. */
@FunctionalInterface
public interface CiTopology {

    /** The ids of elements connected to {@code ci} by at most {@code depth} relationships (not {@code ci} itself). */
    Set<String> within(String ci, int depth);

    /** No connections: changes collide only on the very same CI. */
    static CiTopology none() {
        return (ci, depth) -> Set.of();
    }

    /** Connections of the core CI graph, in both directions; CIs unknown to the model have none. */
    static CiTopology of(ServiceModel model) {
        Checks.notNull(model, "model");
        return (ci, depth) -> {
            CiId id = new CiId(ci);
            if (depth <= 0 || !model.contains(id)) {
                return Set.of();
            }
            try {
                Set<String> out = new HashSet<>();
                for (ElementId e : model.neighbourhood(id, depth).reached()) {
                    out.add(e.value());
                }
                return out;
            } catch (NotFoundException e) {
                return Set.of();
            }
        };
    }
}
