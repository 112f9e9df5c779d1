package org.itm.examples.durable;

import java.nio.file.Path;
import org.itm.core.store.DocumentStore;
import org.itm.store.jdbc.JdbcDocumentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The aggregate repositories on the JDBC store over an H2 file. */
class H2AggregateRepositoryTest extends AggregateRepositoryKit {

    @TempDir
    static Path dir;
    private static JdbcDocumentStore shared;

    @BeforeAll
    static void open() {
        shared = JdbcDocumentStore.builder().url("jdbc:h2:file:" + dir.resolve("aggregates").toAbsolutePath()).build();
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
