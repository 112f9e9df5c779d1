package org.itm.core.store;

import org.itm.core.ItmValidationException;

/**
 * Makes a {@link DocumentStore} implementation discoverable by {@link DocumentStores#load()}: implement it with
 * a public no-argument constructor and list the class in
 * {@code META-INF/services/org.itm.core.store.DocumentStoreProvider}. A provider that also answers
 * {@link #accepts(String)} lets an application choose the store by one URL setting through
 * {@link DocumentStores#open(String)}.
 *
 * @since 0.1
 */
public interface DocumentStoreProvider {

    /**
     * Short name of the implementation, used in diagnostics, e.g. {@code jdbc}.
     *
     * @return the name
     */
    String name();

    /**
     * A new, ready-to-use store.
     *
     * @return the store
     */
    DocumentStore create();

    /**
     * Whether this provider opens stores named by {@code url} (e.g. a JDBC store answers for {@code jdbc:...});
     * used by {@link DocumentStores#open(String)}. The default accepts none.
     *
     * @param url the store URL the application configured
     * @return true if {@link #create(String)} opens it
     */
    default boolean accepts(String url) {
        return false;
    }

    /**
     * A new, ready-to-use store at {@code url}; called only when {@link #accepts(String)} said yes.
     *
     * @param url the store URL
     * @return the store; closing it (if it is {@link AutoCloseable}) is the caller's business
     * @throws org.itm.core.ItmValidationException if the URL is malformed for this provider
     */
    default DocumentStore create(String url) {
        throw new ItmValidationException("url", "provider " + name() + " opens no store by URL");
    }
}
