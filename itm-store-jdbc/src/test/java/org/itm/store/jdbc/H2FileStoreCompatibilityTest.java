package org.itm.store.jdbc;

import java.nio.file.Path;
import org.itm.core.store.DocumentStore;
import org.itm.testkit.store.StoreCompatibilityKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store on an H2 file database (durable commits) passes the storage contract. */
class H2FileStoreCompatibilityTest extends StoreCompatibilityKit {

    @TempDir
    static Path dir;
    private static JdbcDocumentStore shared;

    @BeforeAll
    static void open() {
        shared = JdbcDocumentStore.builder().url("jdbc:h2:file:" + dir.resolve("kit").toAbsolutePath()).build();
    }

    @AfterAll
    static void close() {
        shared.close();
    }

    @Override
    protected DocumentStore createStore() {
        return shared;
    }
}
