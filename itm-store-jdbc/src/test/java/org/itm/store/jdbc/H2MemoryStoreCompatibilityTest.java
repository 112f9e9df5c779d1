package org.itm.store.jdbc;

import org.itm.core.store.DocumentStore;
import org.itm.testkit.store.StoreCompatibilityKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JDBC store on an in-memory H2 database passes the storage contract. */
class H2MemoryStoreCompatibilityTest extends StoreCompatibilityKit {

    private static JdbcDocumentStore shared;

    @BeforeAll
    static void open() {
        shared = JdbcDocumentStore.builder().url("jdbc:h2:mem:kit-memory;DB_CLOSE_DELAY=-1").build();
    }

    @AfterAll
    static void close() {
        shared.close();
    }

    @Override
    protected DocumentStore createStore() {
        // The kit isolates tests by random type names, so one database serves them all.
        return shared;
    }
}
