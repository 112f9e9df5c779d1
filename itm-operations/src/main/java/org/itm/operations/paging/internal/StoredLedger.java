package org.itm.operations.paging.internal;

import org.itm.core.store.StaleVersionException;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Repository;
import org.itm.operations.paging.NotificationLedger;

/** Not for users: a ledger on the store SPI; a create that conflicts means someone claimed the entry first. */
public final class StoredLedger implements NotificationLedger {

    private final Repository<LedgerEntry> entries;

    public StoredLedger(DocumentStore store) {
        this.entries = Repository.builder(LedgerEntry.class, "paging-ledger").id(LedgerEntry::id).build(store);
    }

    @Override
    public boolean claim(String pageId, int level, int round) {
        String id = pageId + "." + level + "." + round;
        if (entries.get(id).isPresent()) {
            return false;
        }
        try {
            entries.create(new LedgerEntry(id));
            return true;
        } catch (StaleVersionException raced) {
            return false;
        }
    }
}
