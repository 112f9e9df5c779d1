/**
 * A {@link org.itm.core.store.DocumentStore} kept in a relational database, so that ITM's records (changes,
 * problems, SLA clocks, outbox entries) survive a restart and can be shared by several processes.
 *
 * <p>The entry point is {@link org.itm.store.jdbc.JdbcDocumentStore#builder()}: it opens an embedded H2 database
 * or a PostgreSQL database (pooled with HikariCP, or through a {@link javax.sql.DataSource} you supply), creates
 * and migrates its schema with versioned SQL scripts run by Flyway, and returns a store that is safe for
 * concurrent use and passes {@code org.itm.testkit.store.StoreCompatibilityKit} on both databases. Bad settings
 * are reported together by {@code build()} as an {@link org.itm.core.ItmValidationException}; a database that
 * cannot be reached or migrated fails with {@link org.itm.core.ItmException}. Without code,
 * {@link org.itm.core.store.DocumentStores#open(String)} with a {@code jdbc:} URL, or
 * {@link org.itm.core.store.DocumentStores#load()} with {@value org.itm.store.jdbc.JdbcDocumentStoreProvider#URL_ENV}
 * set, find this store through {@link org.itm.store.jdbc.JdbcDocumentStoreProvider}.
 *
 * <pre>{@code
 * import org.itm.core.store.*;
 *
 * try (JdbcDocumentStore store = JdbcDocumentStore.builder()
 *         .url("jdbc:h2:file:./data/itm")
 *         .maxPoolSize(4)
 *         .build()) {
 *     store.declare("incident", Set.of("status"));
 *     store.create("incident", "INC-1", Map.of("status", "open"), "{\"title\":\"disk full\"}");
 *     Page<Document> open = store.query(Query.of("incident").where("status", "open"));
 * }
 * }</pre>
 */
@NullMarked
package org.itm.store.jdbc;

import org.jspecify.annotations.NullMarked;
