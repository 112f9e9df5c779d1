package org.itm.examples.durable;

import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;

/** The aggregate repositories on the in-memory store. */
class InMemoryAggregateRepositoryTest extends AggregateRepositoryKit {

    @Override
    protected DocumentStore createStore() {
        return DocumentStores.inMemory();
    }
}
