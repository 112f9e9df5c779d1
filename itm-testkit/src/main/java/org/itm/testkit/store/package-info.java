/**
 * The contract tests every {@link org.itm.core.store.DocumentStore} implementation must pass: versions,
 * optimistic conflicts that leave the state unchanged, atomic and isolated batches, paging that stays stable
 * under concurrent writes, no lost update under concurrent writers, and rejection of bad input with
 * {@link org.itm.core.ItmValidationException}.
 *
 * <p>The entry point is {@link org.itm.testkit.store.StoreCompatibilityKit}: extend it in your test sources and
 * return your store from {@code createStore()}; JUnit 5 runs every contract test against it. Here the kit runs
 * against ITM's in-memory store:
 *
 * <pre>{@code
 * import org.itm.core.store.*;
 *
 * class InMemoryStoreCompatibilityTest extends StoreCompatibilityKit {
 *     &#64;Override
 *     protected DocumentStore createStore() {
 *         return DocumentStores.inMemory();
 *     }
 * }
 * }</pre>
 *
 * <p>{@link org.itm.testkit.store.ForwardingDocumentStore} wraps a real store to make a chosen write fail or conflict,
 * for tests of what a component leaves behind when the store refuses a batch or the process dies between two.
 */
package org.itm.testkit.store;
