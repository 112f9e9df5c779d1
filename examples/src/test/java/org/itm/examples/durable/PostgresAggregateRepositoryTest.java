package org.itm.examples.durable;

import org.itm.core.store.DocumentStore;
import org.itm.store.jdbc.JdbcDocumentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The aggregate repositories on the JDBC store over PostgreSQL ({@code jsonb}); runs when ITM_TEST_POSTGRES_URL
 * holds a JDBC URL with credentials ({@code .ci/postgres.sh} prints one), skipped saying so otherwise.
 */
class PostgresAggregateRepositoryTest extends AggregateRepositoryKit {

    private static final String URL_ENV = "ITM_TEST_POSTGRES_URL";
    private static JdbcDocumentStore shared;

    @BeforeAll
    static void open() {
        String url = System.getenv(URL_ENV);
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
        Assumptions.assumeTrue(shared != null, "PostgreSQL repository tests SKIPPED: set " + URL_ENV
                + " to a JDBC URL with user and password (run .ci/postgres.sh to get one)");
        return shared;
    }
}
