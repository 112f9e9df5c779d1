package org.itm.core.store;

/** Registered only through the throw-away class loaders of {@link DocumentStoresTest}. */
public class TestStoreProvider implements DocumentStoreProvider {

    static final DocumentStore STORE = DocumentStores.inMemory();

    @Override
    public String name() {
        return "test";
    }

    @Override
    public DocumentStore create() {
        return STORE;
    }
}
