package org.itm.core.service;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The elements reached by a traversal of a {@link ServiceModel} from one origin, each with the shortest chain of
 * relationships that explains why it was reached. Immutable and thread-safe.
 *
 * <p>For {@link Direction#IMPACT} the reached elements are those affected if the origin fails; for
 * {@link Direction#DEPENDENCIES} those the origin needs; for {@link Direction#NEIGHBOURHOOD} those connected to it.
 */
public interface Reachability {

    /** Where the traversal started. */
    ElementId origin();

    /** Which way relationships were followed. */
    Direction direction();

    /** Number of elements reached, not counting the origin. */
    int size();

    /** Every element reached except the origin, nearest first (ties in an unspecified but repeatable order). */
    List<ElementId> reached();

    /** The reached services, nearest first. */
    List<ServiceId> services();

    /** The reached {@link ServiceKind#BUSINESS business} services, nearest first. */
    List<ServiceId> businessServices();

    /** The reached configuration items, nearest first. */
    List<CiId> configurationItems();

    /** True if {@code element} was reached (the origin itself is not). */
    boolean contains(ElementId element);

    /** Number of relationships between the origin and {@code element}, if it was reached. */
    OptionalInt distance(ElementId element);

    /**
     * The shortest chain of relationships from the origin to {@code element}, in the order the traversal
     * followed them, if it was reached. For an impact of {@code db} on {@code payments}:
     * {@code [app RUNS_ON db, payments DEPENDS_ON app]}.
     */
    Optional<List<Relationship>> pathTo(ElementId element);

    /**
     * A sentence saying why {@code element} was reached, e.g.
     * {@code "service:payments is affected by a failure of ci:db: ci:app RUNS_ON ci:db; service:payments DEPENDS_ON ci:app"}.
     */
    Optional<String> explain(ElementId element);
}
