package org.itm.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.itm.core.json.ItmJson;
import org.itm.core.store.DocumentStore;
import org.itm.core.validation.Violations;
import org.itm.store.jdbc.internal.JdbcStore;
import org.jspecify.annotations.Nullable;

/**
 * A {@link DocumentStore} kept in an H2 or PostgreSQL database; build one with {@link #builder()} and close it
 * when done (closing releases the connection pool the builder made; a {@link DataSource} you passed stays open).
 *
 * <pre>{@code
 * try (JdbcDocumentStore store = JdbcDocumentStore.builder()
 *         .url("jdbc:postgresql://db:5432/itm").username("itm").password(secret)
 *         .build()) {
 *     store.declare("incident", Set.of("status"));
 * }
 * }</pre>
 *
 * <p>Opening a store creates or upgrades its schema ({@code itm_type}, {@code itm_document},
 * {@code itm_document_index}) with versioned scripts run by Flyway, recorded in its own history table
 * {@code itm_schema_history} (an application's own Flyway history beside it is not touched). Databases created by
 * earlier versions, which recorded their scripts in {@code itm_schema_version}, are checked and adopted as they
 * are. A script changed after it was applied stops the store from opening. Documents are stored verbatim;
 * on PostgreSQL a generated {@code jsonb} column holds them as well, for SQL reporting. Every write of a batch
 * commits in one transaction, and a write whose {@code write} call returned survives a crash of the process.
 *
 * @since 0.1
 */
public interface JdbcDocumentStore extends DocumentStore, AutoCloseable {

    /** Connections the builder's pool opens at most unless {@link Builder#maxPoolSize(int)} says otherwise. */
    int DEFAULT_POOL_SIZE = 10;

    /**
     * Starts the settings of a store; set either a {@link Builder#url(String) URL} or a
     * {@link Builder#dataSource(DataSource) data source}, then call {@link Builder#build()}.
     *
     * @return a new builder with the default pool size and document limit; nothing is opened until {@code build()}
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Releases the connection pool the builder made; does nothing to a caller's data source. Do not use the store
     * after closing it: one built on a URL has no connections left, so its calls fail with
     * {@link org.itm.core.ItmException}.
     *
     * @throws org.itm.core.ItmException if the pool cannot be closed
     */
    @Override
    void close();

    /**
     * Settings of a {@link JdbcDocumentStore}. The setters only record a value; {@link #build()} validates them all
     * and reports every problem at once. A builder is not thread-safe: fill and build it on one thread.
     */
    final class Builder {

        private @Nullable String url;
        private @Nullable String username;
        private @Nullable String password;
        private @Nullable DataSource dataSource;
        private int maxPoolSize = DEFAULT_POOL_SIZE;
        private long maxDocumentChars = ItmJson.MAX_DOCUMENT_CHARS;

        private Builder() {
        }

        /**
         * JDBC URL of the database, e.g. {@code jdbc:h2:file:./data/itm}, {@code jdbc:h2:mem:itm} or
         * {@code jdbc:postgresql://localhost:5432/itm?user=itm&password=...}; the builder pools connections with
         * HikariCP. For an H2 file database {@code WRITE_DELAY=0} is added unless the URL sets it, so that a
         * commit is on disk when it returns. Other databases are rejected by {@link #build()}.
         *
         * @param url an H2 ({@code jdbc:h2:...}) or PostgreSQL ({@code jdbc:postgresql:...}) JDBC URL
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Database user for a {@link #url(String) URL} that does not carry one; not allowed with a data source.
         *
         * @param username the database user name
         * @return this builder
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * Database password for a {@link #url(String) URL} that does not carry one; not allowed with a data source.
         * The password is handed to the pool and not logged.
         *
         * @param password the database password
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * A data source you manage (pooled or not) instead of a URL; the store never closes it. It must reach an
         * H2 or PostgreSQL database and carry its own credentials.
         *
         * @param dataSource the source of the store's connections
         * @return this builder
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /**
         * Most connections the builder's pool opens; ignored with a {@link #dataSource(DataSource) data source}.
         *
         * @param maxPoolSize 1 to 200, default {@value JdbcDocumentStore#DEFAULT_POOL_SIZE}
         * @return this builder
         */
        public Builder maxPoolSize(int maxPoolSize) {
            this.maxPoolSize = maxPoolSize;
            return this;
        }

        /**
         * Longest document content accepted, in characters (1 to {@link ItmJson#MAX_DOCUMENT_CHARS}, which is the
         * default); a longer document is rejected with an {@link org.itm.core.ItmValidationException} naming it.
         *
         * @param maxDocumentChars the limit in characters of a document's JSON content
         * @return this builder
         */
        public Builder maxDocumentChars(long maxDocumentChars) {
            this.maxDocumentChars = maxDocumentChars;
            return this;
        }

        /**
         * Opens the store, creating or migrating its schema; the store is safe for concurrent use by many threads.
         *
         * @return the open store; close it when done
         * @throws org.itm.core.ItmValidationException naming every bad setting
         * @throws org.itm.core.ItmException           if the database cannot be reached or migrated
         */
        public JdbcDocumentStore build() {
            Violations v = new Violations();
            v.require(url != null || dataSource != null, "url", "set a JDBC URL or a data source");
            v.require(url == null || dataSource == null, "dataSource",
                    "set either a JDBC URL or a data source, not both");
            if (url != null) {
                v.require(url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:"), "url",
                        "must be an H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql:...) JDBC URL");
            }
            v.require(dataSource == null || (username == null && password == null), "username",
                    "a data source carries its own credentials; set username and password on it");
            v.require(maxPoolSize >= 1 && maxPoolSize <= 200, "maxPoolSize",
                    "must be 1 to 200, was " + maxPoolSize);
            v.require(maxDocumentChars >= 1 && maxDocumentChars <= ItmJson.MAX_DOCUMENT_CHARS, "maxDocumentChars",
                    "must be 1 to " + ItmJson.MAX_DOCUMENT_CHARS + ", was " + maxDocumentChars);
            v.throwIfAny();
            int limit = (int) Math.min(Integer.MAX_VALUE, maxDocumentChars);
            if (dataSource != null) {
                return new JdbcStore(dataSource, limit, null);
            }
            HikariConfig config = new HikariConfig();
            // build() required a data source or a URL
            config.setJdbcUrl(durableUrl(Objects.requireNonNull(url)));
            Optional.ofNullable(username).ifPresent(config::setUsername);
            Optional.ofNullable(password).ifPresent(config::setPassword);
            config.setMaximumPoolSize(maxPoolSize);
            config.setPoolName("itm-document-store");
            config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            HikariDataSource pool = new HikariDataSource(config);
            try {
                return new JdbcStore(pool, limit, pool);
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
        }

        private static String durableUrl(String url) {
            boolean h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                    && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
            if (h2File && !url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY=")) {
                return url + ";WRITE_DELAY=0";
            }
            return url;
        }
    }
}
