package org.itm.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.itm.core.ItmException;
import org.itm.core.store.internal.InMemoryDocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry points to obtain a {@link DocumentStore}: the in-memory default, or the implementation found on the
 * class path. Passing a store explicitly to the components that take one is always possible and preferred in
 * applications that wire their own dependencies.
 */
public final class DocumentStores {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentStores.class);

    private DocumentStores() {
    }

    /**
     * A new, empty, thread-safe store that keeps documents in memory (lost when the process ends). Reads and
     * queries run concurrently; writes are serialised.
     */
    public static DocumentStore inMemory() {
        return new InMemoryDocumentStore();
    }

    /**
     * The store of the single {@link DocumentStoreProvider} registered on the class path, or a new in-memory
     * store if there is none.
     *
     * @throws ItmException if several providers are registered: then choose one and pass it explicitly
     */
    public static DocumentStore load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader != null ? loader : DocumentStores.class.getClassLoader());
    }

    /** Like {@link #load()}, looking for providers through {@code loader}. */
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
