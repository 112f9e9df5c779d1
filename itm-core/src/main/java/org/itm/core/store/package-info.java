/**
 * Storage SPI: a versioned document store keyed by (type, id), its in-memory default, discovery through
 * {@link java.util.ServiceLoader}, and a typed {@link org.itm.core.store.Repository} on top.
 *
 * <p>Obtain a store with {@link org.itm.core.store.DocumentStores#inMemory()} or
 * {@link org.itm.core.store.DocumentStores#load()}, or pass your own implementation of
 * {@link org.itm.core.store.DocumentStore} to the components that take one. Every implementation must pass
 * {@code org.itm.testkit.store.StoreCompatibilityKit} from {@code itm-testkit}. Records are kept through a
 * {@link org.itm.core.store.Repository} built with {@link org.itm.core.store.Repository#builder(Class, String)}:
 * every write names the version it expects, so a concurrent change is reported as a
 * {@link org.itm.core.store.StaleVersionException} instead of being overwritten.
 *
 * <pre>{@code
 * record Note(String id, String owner, String text) { }
 *
 * DocumentStore store = DocumentStores.inMemory();
 * Repository<Note> notes = Repository.builder(Note.class, "note")
 *         .id(Note::id)
 *         .index("owner", Note::owner)
 *         .build(store);                                        // declares the type and its index
 * Versioned<Note> saved = notes.create(new Note("n-1", "ann", "renew the certificate"));      // version 1
 * Versioned<Note> done = notes.update(new Note("n-1", "ann", "renewed"), saved.version());  // version 2
 * // updating with saved.version() again would throw StaleVersionException: 1 is no longer current
 * List<Versioned<Note>> anns = notes.findAll(notes.query().where("owner", "ann"));          // [done]
 * }</pre>
 */
@NullMarked
package org.itm.core.store;

import org.jspecify.annotations.NullMarked;
