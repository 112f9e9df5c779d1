package org.itm.store.jdbc;

import java.util.Optional;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStoreProvider;

/**
 * Lets {@link org.itm.core.store.DocumentStores#load()} find the JDBC store. The database is chosen by one setting:
 * the system property {@value #URL_PROPERTY} or else the environment variable {@value #URL_ENV} (a JDBC URL with
 * the credentials in it); without either, an in-memory H2 database named {@code itm} is used. Applications that
 * prefer no global setting call {@link org.itm.core.store.DocumentStores#open(String)} with the JDBC URL instead.
 *
 * @since 0.1
 */
public final class JdbcDocumentStoreProvider implements DocumentStoreProvider {

    /** System property naming the JDBC URL. */
    public static final String URL_PROPERTY = "itm.store.jdbc.url";
    /** Environment variable naming the JDBC URL, used when the system property is not set. */
    public static final String URL_ENV = "ITM_STORE_JDBC_URL";
    /** The database used when neither setting is present. */
    public static final String DEFAULT_URL = "jdbc:h2:mem:itm;DB_CLOSE_DELAY=-1";

    /** Used by {@link java.util.ServiceLoader}. */
    public JdbcDocumentStoreProvider() {
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public DocumentStore create() {
        String url = Optional.ofNullable(System.getProperty(URL_PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(URL_ENV)))
                .filter(u -> !u.isBlank())
                .orElse(DEFAULT_URL);
        return JdbcDocumentStore.builder().url(url).build();
    }

    /** Answers for {@code jdbc:} URLs, which {@link org.itm.core.store.DocumentStores#open(String)} passes. */
    @Override
    public boolean accepts(String url) {
        return url.regionMatches(true, 0, "jdbc:", 0, 5);
    }

    /** A pooled store on the JDBC {@code url} (credentials may be in it); close it when done. */
    @Override
    public DocumentStore create(String url) {
        return JdbcDocumentStore.builder().url(url).build();
    }
}
