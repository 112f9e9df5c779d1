package org.itm.core.service.cmdb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.service.CiId;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;

/**
 * The reconciled configuration items in a document store (type {@value #TYPE}, one document per item, indexed by
 * item type), and imports applied to them in one atomic batch.
 *
 * <pre>{@code
 * CmdbRepository cmdb = CmdbRepository.documentStore(store);
 * CmdbReport report = cmdb.importEntries(reconciler, "servicenow", CmdbReconciler.readCsv(export));
 * List<Versioned<ReconciledItem>> servers = cmdb.findAll(cmdb.ofType("server"));
 * }</pre>
 *
 * @since 0.1
 */
public interface CmdbRepository extends ForwardingRepository<ReconciledItem> {

    /** Document type of reconciled items. */
    String TYPE = "cmdb-item";

    /**
     * The reconciled items in {@code store}.
     *
     * @param store the store
     * @return the repository
     * @throws ItmValidationException if {@code store} is null
     */
    static CmdbRepository documentStore(DocumentStore store) {
        Repository<ReconciledItem> items = Repository.builder(ReconciledItem.class, TYPE)
                .id(r -> r.item().id().value())
                .index("type", r -> r.item().type())
                .build(Checks.notNull(store, "store"));
        return () -> items;
    }

    /**
     * Items of one type.
     *
     * @param type e.g. {@code server}
     * @return the query
     */
    default Query ofType(String type) {
        return query().where("type", Checks.notBlank(type, "type"));
    }

    /**
     * Reconciles {@code entries} with the stored items and writes every created and updated item in one atomic
     * batch, so an import is stored whole or not at all; when another writer changed an item in between, the
     * import is reconciled again from the new state (up to {@value Repository#MAX_MODIFY_ATTEMPTS} times).
     *
     * @param reconciler the rules
     * @param source     the source of the entries
     * @param entries    the entries
     * @return the report of the import that was stored
     * @throws ItmValidationException as {@link CmdbReconciler#reconcile}, or if the import would change more items
     *         than one batch of the store holds ({@value DocumentStore#MAX_BATCH_SIZE}); then nothing is written
     * @throws StaleVersionException if the items kept changing over every attempt
     */
    default CmdbReport importEntries(CmdbReconciler reconciler, String source, List<CmdbEntry> entries) {
        Checks.notNull(reconciler, "reconciler");
        for (int attempt = 1; ; attempt++) {
            List<Versioned<ReconciledItem>> stored = findAll(query());
            Map<CiId, Versioned<ReconciledItem>> byId = new HashMap<>();
            stored.forEach(s -> byId.put(s.value().item().id(), s));
            CmdbImport result = reconciler.reconcile(stored.stream().map(Versioned::value).toList(), source, entries);
            List<Write> batch = new ArrayList<>();
            for (ReconciledItem after : result.items()) {
                Versioned<ReconciledItem> before = byId.get(after.item().id());
                if (before == null) {
                    batch.add(toCreate(after));
                } else if (!before.value().equals(after)) {
                    batch.add(toUpdate(after, before.version()));
                }
            }
            if (batch.isEmpty()) {
                return result.report();
            }
            if (batch.size() > DocumentStore.MAX_BATCH_SIZE) {
                throw new ItmValidationException("entries", "the import changes " + batch.size()
                        + " items, more than one atomic batch of " + DocumentStore.MAX_BATCH_SIZE
                        + ": split the export (re-importing a part changes nothing)");
            }
            try {
                store().write(batch);
                return result.report();
            } catch (StaleVersionException e) {
                if (attempt >= MAX_MODIFY_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
