/**
 * Test support for integrators and for ITM's own modules: compatibility kits that prove an implementation of an
 * SPI honours its contract ({@link org.itm.testkit.store.StoreCompatibilityKit} for document stores,
 * {@link org.itm.testkit.notify.NotifierCompatibilityKit} for notifiers), {@link org.itm.testkit.SharedData},
 * which finds the project's public data sets and skips a test when they are absent, a fault-injecting
 * {@link org.itm.testkit.store.ForwardingDocumentStore}, and
 * {@link org.itm.testkit.validation.ValidationFailures} for asserting every violation of a rejected input.
 *
 * <p>Add {@code itm-testkit} with {@code test} scope; it brings JUnit 5 and AssertJ. A test reading public data
 * starts with {@link org.itm.testkit.SharedData#require(String)}:
 *
 * <pre>{@code
 * import java.nio.file.Files;
 *
 * String advisory = Files.readString(SharedData.require("osv/multiple_ranges_in_package.osv.json"));
 * }</pre>
 */
package org.itm.testkit;
