package org.itm.operations.paging;

import java.util.List;
import java.util.Optional;
import org.itm.core.store.DocumentStore;
import org.itm.operations.paging.internal.InMemoryPageStore;
import org.itm.operations.paging.internal.StoredPageStore;

/**
 * Keeps the latest snapshot of each page so a restarted process can carry on evaluating it.
 *
 * @since 0.1
 */
public interface PageStore {

    /**
     * Stores {@code page}, replacing an earlier snapshot with the same id.
     *
     * @param page the snapshot to keep
     * @throws org.itm.core.ItmValidationException if {@code page} is null
     */
    void save(OnCallPage page);

    /**
     * Stores {@code next} only if the stored snapshot is still {@code expected} (compare and set), so that two
     * processes working on one page never overwrite each other's changes.
     *
     * @param expected the snapshot {@code next} was derived from
     * @param next     the new snapshot, with the same id
     * @return true if stored; false if the stored snapshot is another one (or none), and nothing was stored
     * @throws org.itm.core.ItmValidationException if an argument is null or the ids differ
     */
    boolean replace(OnCallPage expected, OnCallPage next);

    /**
     * @param pageId the page id
     * @return the latest saved snapshot, or empty
     */
    Optional<OnCallPage> find(String pageId);

    /** @return every stored page still {@code TRIGGERED}, i.e. still escalating, by id */
    List<OnCallPage> triggered();

    /** @return a store that lives as long as the object */
    static PageStore inMemory() {
        return new InMemoryPageStore();
    }

    /**
     * @param store where pages are kept as documents of type {@code page}
     * @return a store on the document store SPI
     */
    static PageStore stored(DocumentStore store) {
        return new StoredPageStore(store);
    }
}
