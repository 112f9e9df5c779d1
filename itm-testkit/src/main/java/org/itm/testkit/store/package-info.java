/**
 * {@link org.itm.testkit.store.StoreCompatibilityKit}: the contract tests every
 * {@link org.itm.core.store.DocumentStore} implementation must pass.
 */
package org.itm.testkit.store;
