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
 *
 * @since 0.1
 */
public interface Reachability {

    /**
     * Where the traversal started.
     *
     * @return the origin
     */
    ElementId origin();

    /**
     * Which way relationships were followed.
     *
     * @return the direction
     */
    Direction direction();

    /**
     * Number of elements reached, not counting the origin.
     *
     * @return the count of reached elements
     */
    int size();

    /**
     * Every element reached except the origin, nearest first (ties in an unspecified but repeatable order).
     *
     * @return the reached elements
     */
    List<ElementId> reached();

    /**
     * The reached services, nearest first.
     *
     * @return the reached services
     */
    List<ServiceId> services();

    /**
     * The reached {@link ServiceKind#BUSINESS business} services, nearest first.
     *
     * @return the reached business services
     */
    List<ServiceId> businessServices();

    /**
     * The reached configuration items, nearest first.
     *
     * @return the reached configuration items
     */
    List<CiId> configurationItems();

    /**
     * True if {@code element} was reached (the origin itself is not).
     *
     * @param element a service or CI id
     * @return whether it was reached
     */
    boolean contains(ElementId element);

    /**
     * Number of relationships between the origin and {@code element}, if it was reached.
     *
     * @param element a service or CI id
     * @return the distance, or empty if it was not reached
     */
    OptionalInt distance(ElementId element);

    /**
     * The shortest chain of relationships from the origin to {@code element}, in the order the traversal
     * followed them, if it was reached. For an impact of {@code db} on {@code payments}:
     * {@code [app RUNS_ON db, payments DEPENDS_ON app]}.
     *
     * @param element a service or CI id
     * @return the chain, or empty if it was not reached
     */
    Optional<List<Relationship>> pathTo(ElementId element);

    /**
     * A sentence saying why {@code element} was reached, e.g.
     * {@code "service:payments is affected by a failure of ci:db: ci:app RUNS_ON ci:db; service:payments DEPENDS_ON ci:app"}.
     *
     * @param element a service or CI id
     * @return the sentence, or empty if it was not reached
     */
    Optional<String> explain(ElementId element);
}
