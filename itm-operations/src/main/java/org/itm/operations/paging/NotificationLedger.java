package org.itm.operations.paging;

import org.itm.core.store.DocumentStore;
import org.itm.operations.paging.internal.InMemoryLedger;
import org.itm.operations.paging.internal.StoredLedger;

/**
 * Remembers which (page, level, round) has been notified, so evaluating a page at any cadence, or after a restart
 * with a stored ledger, notifies each level exactly once per round. {@link Pager} claims an entry before it
 * notifies.
 *
 * @since 0.1
 */
public interface NotificationLedger {

    /**
     * Records the entry if it is new.
     *
     * @param pageId the page
     * @param level  the level index, from 0
     * @param round  the repeat round, from 0
     * @return true if this call recorded it (the caller then notifies), false if it was already recorded
     */
    boolean claim(String pageId, int level, int round);

    /** @return a ledger that lives as long as the object */
    static NotificationLedger inMemory() {
        return new InMemoryLedger();
    }

    /**
     * @param store where the entries are kept, e.g. a JDBC store shared across restarts
     * @return a ledger whose entries are documents of type {@code paging-ledger} in {@code store}
     */
    static NotificationLedger stored(DocumentStore store) {
        return new StoredLedger(store);
    }
}
