package org.itm.examples.month;

import java.nio.file.Path;
import java.util.Optional;
import org.itm.store.jdbc.JdbcDocumentStore;
import org.itm.store.jdbc.JdbcDocumentStoreProvider;

/**
 * Opens the document store the main example keeps its month-over-month figures in: an embedded H2 file in the
 * data folder by default, or the database named by one setting, {@code ITM_STORE_JDBC_URL} (environment) or
 * {@code -Ditm.store.jdbc.url=...} (system property), e.g. a PostgreSQL JDBC URL with its credentials.
 */
public final class MonthStores {

    private MonthStores() {
    }

    /** The configured database, else an H2 file store in {@code dataDir}. */
    public static JdbcDocumentStore open(Path dataDir) {
        String url = configuredUrl().orElseGet(() -> "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("itm"));
        return JdbcDocumentStore.builder().url(url).build();
    }

    /** The JDBC URL given by the one setting, if any. */
    public static Optional<String> configuredUrl() {
        return Optional.ofNullable(System.getProperty(JdbcDocumentStoreProvider.URL_PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(JdbcDocumentStoreProvider.URL_ENV)))
                .filter(u -> !u.isBlank());
    }

    /** Where the figures are kept, for the console: the configured URL without credentials, or the H2 file. */
    public static String describe(Path dataDir) {
        return configuredUrl().map(u -> u.replaceAll("(?i)(password=)[^&;]*", "$1***"))
                .orElse("H2 file " + dataDir.toAbsolutePath().resolve("itm.mv.db"));
    }
}
