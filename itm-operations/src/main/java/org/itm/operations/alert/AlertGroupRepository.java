package org.itm.operations.alert;

import java.util.ArrayList;
import java.util.List;
import org.itm.core.store.DocumentIds;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.validation.Checks;
import tools.jackson.databind.node.ObjectNode;

/**
 * The alert groups of one named correlator in a document store (type {@value #TYPE}, type version
 * {@value #TYPE_VERSION}), one document per group, indexed by {@code correlator}, {@code service} and
 * {@code state}: {@value #OPEN} (alerts open), {@value #CLEARED_CURRENT} (every alert cleared, but still its service's
 * current group, so a re-fire within the correlation window joins it) or {@value #CLEARED} (every alert cleared and a
 * newer group took over: history). A correlator restarts from the first two ({@link #findRestorable()}); query a
 * service's groups with {@link #ofService}.
 * Several correlators (partitions of the services) may share a store. {@link StoredAlertCorrelator} keeps it up to
 * date.
 *
 * <pre>{@code
 * AlertGroupRepository groups = AlertGroupRepository.documentStore(store);
 * List<AlertGroup> open = groups.findAll(groups.open()).stream().map(Versioned::value).toList();
 * List<AlertGroup> cleared = groups.findAll(groups.ofService("shop")).stream().map(Versioned::value)
 *         .filter(g -> !g.isOpen()).toList();
 * }</pre>
 *
 * @since 0.1
 */
public interface AlertGroupRepository extends ForwardingRepository<AlertGroup> {

    /** Document type of alert groups. */
    String TYPE = "alert-group";
    /** The type version written; version 1 had no {@code superseded} (read as false). */
    int TYPE_VERSION = 2;

    /** {@code state} of a group with open alerts. */
    String OPEN = "OPEN";
    /** {@code state} of a group whose alerts all cleared while it is still its service's current group. */
    String CLEARED_CURRENT = "CLEARED_CURRENT";
    /**
     * {@code state} of a group whose alerts all cleared and that a newer group superseded (and, in type version 1,
     * of every group whose alerts all cleared).
     */
    String CLEARED = "CLEARED";

    /** The name of the correlator when none is given. */
    String DEFAULT_CORRELATOR = "default";

    /**
     * The groups of the correlator {@value #DEFAULT_CORRELATOR} in {@code store}.
     *
     * @param store the store
     * @return the repository
     * @throws org.itm.core.ItmValidationException if {@code store} is null
     */
    static AlertGroupRepository documentStore(DocumentStore store) {
        return documentStore(store, DEFAULT_CORRELATOR);
    }

    /**
     * The groups of the correlator {@code correlator} in {@code store}.
     *
     * @param store      the store
     * @param correlator the correlator's name
     * @return the repository
     * @throws org.itm.core.ItmValidationException if an argument is missing
     */
    static AlertGroupRepository documentStore(DocumentStore store, String correlator) {
        Checks.notBlank(correlator, "correlator");
        Repository<AlertGroup> groups = Repository.builder(AlertGroup.class, TYPE)
                .id(g -> idOf(correlator, g.id()))
                .index("correlator", g -> correlator)
                .index("service", AlertGroup::service)
                .index("state", AlertGroupRepository::stateOf)
                .typeVersion(TYPE_VERSION)
                .migration(1, old -> old instanceof ObjectNode group ? group.put("superseded", false) : old)
                .build(Checks.notNull(store, "store"));
        return new AlertGroupRepository() {
            @Override
            public Repository<AlertGroup> delegate() {
                return groups;
            }

            @Override
            public String correlator() {
                return correlator;
            }
        };
    }

    /**
     * The document id of the group {@code groupId} of correlator {@code correlator}.
     *
     * @param correlator the correlator's name
     * @param groupId    the group's id, e.g. {@code shop#12}
     * @return its document id
     */
    static String idOf(String correlator, String groupId) {
        return DocumentIds.forKey(Checks.notBlank(correlator, "correlator") + "/"
                + Checks.notBlank(groupId, "groupId"));
    }

    /**
     * The {@code state} index value of a group.
     *
     * @param group the group
     * @return {@value #OPEN}, {@value #CLEARED_CURRENT} or {@value #CLEARED}
     */
    static String stateOf(AlertGroup group) {
        if (Checks.notNull(group, "group").isOpen()) {
            return OPEN;
        }
        return group.superseded() ? CLEARED : CLEARED_CURRENT;
    }

    /**
     * The name of the correlator whose groups these are.
     *
     * @return the name given to {@link StoredAlertCorrelator#open}
     */
    String correlator();

    /**
     * The document id of this correlator's group {@code groupId}.
     *
     * @param groupId the group's id
     * @return its document id
     */
    default String idOf(String groupId) {
        return idOf(correlator(), groupId);
    }

    /**
     * This correlator's groups with alerts still open.
     *
     * @return the query
     */
    default Query open() {
        return query().where("correlator", correlator()).where("state", OPEN);
    }

    /**
     * This correlator's groups whose alerts all cleared while they are still their service's current group.
     *
     * @return the query
     */
    default Query clearedCurrent() {
        return query().where("correlator", correlator()).where("state", CLEARED_CURRENT);
    }

    /**
     * Every group a restarted correlator needs ({@link AlertGroup#isRestorable()}): the open ones and the cleared
     * current ones, at most one per service beyond the open groups; ordered by document id within each state.
     *
     * @return the groups with their versions
     */
    default List<Versioned<AlertGroup>> findRestorable() {
        List<Versioned<AlertGroup>> all = new ArrayList<>(findAll(open()));
        all.addAll(findAll(clearedCurrent()));
        return all;
    }

    /**
     * This correlator's groups of one service.
     *
     * @param service the service
     * @return the query
     */
    default Query ofService(String service) {
        return query().where("correlator", correlator()).where("service", Checks.notBlank(service, "service"));
    }
}
