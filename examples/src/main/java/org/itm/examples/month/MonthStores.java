package org.itm.examples.month;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.itm.core.embed.ItmEnvironment;
import org.itm.store.jdbc.JdbcDocumentStoreProvider;

/**
 * Opens the {@link ItmEnvironment} the main example keeps its state in: an embedded H2 file in the data folder by
 * default, or the database named by one setting, {@code ITM_STORE_JDBC_URL} (environment) or
 * {@code -Ditm.store.jdbc.url=...} (system property), e.g. a PostgreSQL JDBC URL with its credentials. The
 * example reads that setting here, at its edge; the environment itself reads no global settings.
 */
public final class MonthStores {

    private MonthStores() {
    }

    /**
     * The environment over the configured database, else over an H2 file store in {@code dataDir}; close it to
     * close the store.
     *
     * @param dataDir where the H2 file is kept when no database is configured
     * @param clock   the clock of the environment's services
     * @return the environment
     */
    public static ItmEnvironment open(Path dataDir, Clock clock) {
        return ItmEnvironment.builder().storeUrl(storeUrl(dataDir)).clock(clock).build();
    }

    /** The store URL: the configured one, else {@code jdbc:h2:file:<dataDir>/itm}. */
    public static String storeUrl(Path dataDir) {
        return configuredUrl().orElseGet(() -> "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("itm"));
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
