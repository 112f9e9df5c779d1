package org.itm.operations.alert;

import org.itm.core.store.DocumentIds;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.validation.Checks;

/**
 * The alert groups of one named correlator in a document store (type {@value #TYPE}, type version
 * {@value #TYPE_VERSION}), one document per group, indexed by {@code correlator}, {@code service} and
 * {@code state} ({@code OPEN} or {@code CLEARED}); query the open ones (to restore a correlator) or a service's.
 * Several correlators (partitions of the services) may share a store. {@link StoredAlertCorrelator} keeps it up to
 * date.
 *
 * <pre>{@code
 * AlertGroupRepository groups = AlertGroupRepository.documentStore(store);
 * List<AlertGroup> open = groups.findAll(groups.open()).stream().map(Versioned::value).toList();
 * }</pre>
 */
public interface AlertGroupRepository extends ForwardingRepository<AlertGroup> {

    /** Document type of alert groups. */
    String TYPE = "alert-group";
    /** The type version written. */
    int TYPE_VERSION = 1;

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
                .index("state", g -> g.isOpen() ? "OPEN" : "CLEARED")
                .typeVersion(TYPE_VERSION)
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

    /** The name of the correlator whose groups these are. */
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
        return query().where("correlator", correlator()).where("state", "OPEN");
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
