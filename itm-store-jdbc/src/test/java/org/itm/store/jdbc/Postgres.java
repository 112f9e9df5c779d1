package org.itm.store.jdbc;

import org.junit.jupiter.api.Assumptions;

/** Where the PostgreSQL tests find their database. */
final class Postgres {

    static final String URL_ENV = "ITM_TEST_POSTGRES_URL";
    static final String SKIPPED = "PostgreSQL tests SKIPPED: set " + URL_ENV
            + " to a JDBC URL with user and password (run .ci/postgres.sh to get one)";

    private Postgres() {
    }

    /** The URL from the environment; skips the calling test (with {@link #SKIPPED}) when it is not set. */
    static String urlOrSkip() {
        String url = System.getenv(URL_ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(), SKIPPED);
        return url;
    }
}
