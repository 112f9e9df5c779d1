package org.itm.core.store;

/**
 * Makes a {@link DocumentStore} implementation discoverable by {@link DocumentStores#load()}: implement it with
 * a public no-argument constructor and list the class in
 * {@code META-INF/services/org.itm.core.store.DocumentStoreProvider}.
 */
public interface DocumentStoreProvider {

    /** Short name of the implementation, used in diagnostics, e.g. {@code jdbc}. */
    String name();

    /** A new, ready-to-use store. */
    DocumentStore create();
}
