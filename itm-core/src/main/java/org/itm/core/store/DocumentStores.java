package org.itm.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;
import org.itm.core.store.internal.InMemoryDocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry points to obtain a {@link DocumentStore}: the in-memory default, or the implementation found on the
 * class path. Passing a store explicitly to the components that take one is always possible and preferred in
 * applications that wire their own dependencies.
 *
 * @since 0.1
 */
public final class DocumentStores {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentStores.class);

    private DocumentStores() {
    }

    /**
     * A new, empty, thread-safe store that keeps documents in memory (lost when the process ends). Reads and
     * queries run concurrently; writes are serialised.
     *
     * @return the store
     */
    public static DocumentStore inMemory() {
        return new InMemoryDocumentStore();
    }

    /** The URL {@link #open(String)} answers with a new in-memory store. */
    public static final String IN_MEMORY_URL = "memory:";

    /**
     * A new store named by {@code url}: {@value #IN_MEMORY_URL} gives the in-memory store; any other URL is
     * opened by the single {@link DocumentStoreProvider} on the class path that {@link
     * DocumentStoreProvider#accepts(String) accepts} it (the JDBC store accepts {@code jdbc:h2:...} and
     * {@code jdbc:postgresql:...}). Nothing global is read: the URL is the whole setting.
     *
     * @param url the store URL
     * @return the store; close it when done if it is {@link AutoCloseable}
     * @throws org.itm.core.ItmValidationException naming {@code url} if it is blank, or no provider (or more than
     *                                             one) accepts it
     */
    public static DocumentStore open(String url) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return open(url, loader != null ? loader : DocumentStores.class.getClassLoader());
    }

    /**
     * Like {@link #open(String)}, looking for providers through {@code loader}.
     *
     * @param url the store URL, e.g. {@code jdbc:h2:mem:itm} or {@code memory:}
     * @param loader where to look for {@link DocumentStoreProvider}s
     * @return the opened store
     */
    public static DocumentStore open(String url, ClassLoader loader) {
        if (url == null || url.isBlank()) {
            throw new ItmValidationException("url", "must not be blank");
        }
        Objects.requireNonNull(loader, "loader");
        if (url.equals(IN_MEMORY_URL)) {
            return inMemory();
        }
        List<DocumentStoreProvider> accepting = new ArrayList<>();
        ServiceLoader.load(DocumentStoreProvider.class, loader).forEach(p -> {
            if (p.accepts(url)) {
                accepting.add(p);
            }
        });
        if (accepting.isEmpty()) {
            throw new ItmValidationException("url", "no DocumentStoreProvider on the class path accepts '"
                    + redact(url) + "'; use '" + IN_MEMORY_URL + "' or add a store module such as itm-store-jdbc");
        }
        if (accepting.size() > 1) {
            throw new ItmValidationException("url", "several DocumentStoreProviders accept '" + redact(url) + "': "
                    + accepting.stream().map(DocumentStoreProvider::name).toList() + "; pass the store explicitly");
        }
        DocumentStoreProvider provider = accepting.get(0);
        LOG.debug("opening store {} with provider {}", redact(url), provider.name());
        return Objects.requireNonNull(provider.create(url), () -> "provider " + provider.name() + " returned null");
    }

    /** A URL may carry credentials ({@code password=...}); keep only what names the database in messages. */
    private static String redact(String url) {
        return url.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***");
    }

    /**
     * The store of the single {@link DocumentStoreProvider} registered on the class path, or a new in-memory
     * store if there is none.
     *
     * @return the store
     * @throws ItmException if several providers are registered: then choose one and pass it explicitly
     */
    public static DocumentStore load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader != null ? loader : DocumentStores.class.getClassLoader());
    }

    /**
     * Like {@link #load()}, looking for providers through {@code loader}.
     *
     * @param loader where to look for {@link DocumentStoreProvider}s
     * @return the store
     */
    public static DocumentStore load(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        List<DocumentStoreProvider> found = new ArrayList<>();
        ServiceLoader.load(DocumentStoreProvider.class, loader).forEach(found::add);
        if (found.isEmpty()) {
            LOG.debug("no DocumentStoreProvider registered, using the in-memory store");
            return inMemory();
        }
        if (found.size() > 1) {
            throw new ItmException("several DocumentStoreProviders are registered "
                    + found.stream().map(p -> p.name() + " (" + p.getClass().getName() + ")").toList()
                    + "; pass the store to use explicitly");
        }
        DocumentStoreProvider provider = found.get(0);
        LOG.debug("using DocumentStoreProvider {} ({})", provider.name(), provider.getClass().getName());
        return Objects.requireNonNull(provider.create(), () -> "provider " + provider.name() + " returned null");
    }
}
