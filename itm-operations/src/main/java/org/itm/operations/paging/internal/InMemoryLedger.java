package org.itm.operations.paging.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.itm.operations.paging.NotificationLedger;

/** Not for users: the in-memory ledger. */
public final class InMemoryLedger implements NotificationLedger {

    private final Set<String> claimed = ConcurrentHashMap.newKeySet();

    @Override
    public boolean claim(String pageId, int level, int round) {
        return claimed.add(pageId + "/" + level + "/" + round);
    }
}
