/**
 * Storage SPI: a versioned document store keyed by (type, id), its in-memory default, discovery through
 * {@link java.util.ServiceLoader}, and a typed {@link org.itm.core.store.Repository} on top.
 *
 * <p>Obtain a store with {@link org.itm.core.store.DocumentStores#inMemory()} or
 * {@link org.itm.core.store.DocumentStores#load()}, or pass your own implementation of
 * {@link org.itm.core.store.DocumentStore} to the components that take one. Every implementation must pass
 * {@code org.itm.testkit.store.StoreCompatibilityKit} from {@code itm-testkit}.
 */
@NullMarked
package org.itm.core.store;

import org.jspecify.annotations.NullMarked;
