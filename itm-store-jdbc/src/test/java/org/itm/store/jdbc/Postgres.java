package org.itm.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.LoggerFactory;

/** Where the PostgreSQL tests find their database. */
final class Postgres {

    static final String URL_ENV = "ITM_TEST_POSTGRES_URL";
    static final String SKIPPED = "PostgreSQL tests SKIPPED: set " + URL_ENV
            + " to a JDBC URL with user and password (run .ci/postgres.sh to get one)";
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private Postgres() {
    }

    /** The URL from the environment; skips the calling test (with {@link #SKIPPED}) when it is not set. */
    static String urlOrSkip() {
        String url = System.getenv(URL_ENV);
        boolean present = url != null && !url.isBlank();
        if (!present && WARNED.compareAndSet(false, true)) {
            // Surefire shows skip reasons only in its reports; say it once in the build output too.
            LoggerFactory.getLogger(Postgres.class).warn(SKIPPED);
        }
        Assumptions.assumeTrue(present, SKIPPED);
        return url;
    }

    /**
     * Creates an empty schema with a random name starting with {@code prefix} in the database at {@code url}, so a
     * test's tables do not meet other tests' or earlier runs'; returns its name.
     */
    static String freshSchema(String url, String prefix) throws SQLException {
        String schema = prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return schema;
    }
}
