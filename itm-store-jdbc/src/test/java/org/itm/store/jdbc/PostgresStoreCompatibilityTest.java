package org.itm.store.jdbc;

import org.itm.core.store.DocumentStore;
import org.itm.testkit.store.StoreCompatibilityKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JDBC store on PostgreSQL passes the storage contract, including 8 concurrent writers without a lost update.
 * Runs when {@value Postgres#URL_ENV} holds a JDBC URL with credentials ({@code .ci/postgres.sh} prints one);
 * skipped, saying so, otherwise.
 */
class PostgresStoreCompatibilityTest extends StoreCompatibilityKit {

    private static JdbcDocumentStore shared;

    @BeforeAll
    static void open() {
        // Skipping per test (in createStore) rather than here lists every skipped test with the reason.
        String url = System.getenv(Postgres.URL_ENV);
        if (url != null && !url.isBlank()) {
            shared = JdbcDocumentStore.builder().url(url).build();
        }
    }

    @AfterAll
    static void close() {
        if (shared != null) {
            shared.close();
        }
    }

    @Override
    protected DocumentStore createStore() {
        Postgres.urlOrSkip();
        return shared;
    }
}
