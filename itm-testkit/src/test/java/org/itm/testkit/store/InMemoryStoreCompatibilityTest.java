package org.itm.testkit.store;

import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;

/** The in-memory default store passes the storage contract. */
class InMemoryStoreCompatibilityTest extends StoreCompatibilityKit {

    @Override
    protected DocumentStore createStore() {
        return DocumentStores.inMemory();
    }
}
