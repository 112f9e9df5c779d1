/**
 * A {@link org.itm.core.store.DocumentStore} over JDBC: {@link org.itm.store.jdbc.JdbcDocumentStore#builder()}
 * opens an embedded H2 database or a PostgreSQL database (pooled with HikariCP, or through a
 * {@link javax.sql.DataSource} you supply), creates and migrates its schema with versioned SQL scripts run by Flyway, and
 * passes {@code org.itm.testkit.store.StoreCompatibilityKit} on both databases.
 */
@NullMarked
package org.itm.store.jdbc;

import org.jspecify.annotations.NullMarked;
