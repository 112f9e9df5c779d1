package org.itm.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.itm.core.ItmException;
import org.itm.core.store.Document;
import org.itm.store.jdbc.internal.Dialect;
import org.itm.store.jdbc.internal.FormerSchemaMigrator;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The schema is migrated by Flyway with the store's own history table, and databases created by the store's
 * former migrator (table {@code itm_schema_version}) open unchanged: their documents stay, their recorded scripts
 * are checked as before, and Flyway adopts them at the version they had reached.
 */
class SchemaMigrationTest {

    private static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + "-" + ThreadLocalRandom.current().nextInt(1 << 30) + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** A fresh schema in the test PostgreSQL database, or a skip when there is none. */
    private static DataSource postgresSchema() throws Exception {
        String url = Postgres.urlOrSkip();
        String schema = "itm_migration_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setUrl(url);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setCurrentSchema(schema);
        return ds;
    }

    /**
     * A database as a released version left it: the store's tables and documents, the former migrator's
     * {@code itm_schema_version}, no Flyway history. The documents are written through the current store (the
     * row format did not change), then its Flyway history is removed and the former migrator run over the tables.
     */
    private static void createWithTheFormerMigrator(DataSource ds) throws Exception {
        try (JdbcDocumentStore store = JdbcDocumentStore.builder().dataSource(ds).build()) {
            store.declare("incident", Set.of("status"));
            store.create("incident", "INC-1", Map.of("status", "OPEN"), "{\"title\":\"disk full\"}");
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE \"itm_schema_history\"");
        }
        Dialect dialect;
        try (Connection c = ds.getConnection()) {
            dialect = Dialect.of(c);
        }
        assertThat(FormerSchemaMigrator.migrate(ds, dialect)).isEqualTo(1);
    }

    private static List<String> history(DataSource ds) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"version\", \"type\", \"script\", \"success\" "
                     + "FROM \"itm_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getBoolean(4));
            }
        }
        return rows;
    }

    private static void opensAndIsAdopted(DataSource ds) throws Exception {
        createWithTheFormerMigrator(ds);

        try (JdbcDocumentStore store = JdbcDocumentStore.builder().dataSource(ds).build()) {
            assertThat(store.read("incident", "INC-1")).contains(
                    new Document("incident", "INC-1", 1, Map.of("status", "OPEN"), "{\"title\":\"disk full\"}"));
            store.update("incident", "INC-1", 1, Map.of("status", "CLOSED"), "{\"title\":\"disk full\"}");
        }
        // adopted at the version the former migrator reached: nothing ran again
        assertThat(history(ds)).hasSize(1).allSatisfy(row -> assertThat(row).startsWith("1 BASELINE"));
        try (JdbcDocumentStore again = JdbcDocumentStore.builder().dataSource(ds).build()) {
            assertThat(again.read("incident", "INC-1").orElseThrow().version()).isEqualTo(2);
        }
        assertThat(history(ds)).hasSize(1);
    }

    @Test
    void anH2DatabaseCreatedByTheFormerMigratorOpensWithItsDocumentsAndIsAdopted() throws Exception {
        opensAndIsAdopted(h2("former"));
    }

    @Test
    void aPostgresDatabaseCreatedByTheFormerMigratorOpensWithItsDocumentsAndIsAdopted() throws Exception {
        opensAndIsAdopted(postgresSchema());
    }

    @Test
    void aFormerDatabaseWhoseRecordedScriptDiffersDoesNotOpen() throws Exception {
        JdbcDataSource ds = h2("former-changed");
        createWithTheFormerMigrator(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE itm_schema_version SET checksum = 1 WHERE version = 1");
        }
        assertThatThrownBy(() -> JdbcDocumentStore.builder().dataSource(ds).build())
                .isInstanceOf(ItmException.class)
                .hasMessageContaining("V1__documents.sql was changed after it was applied");
    }

    @Test
    void aNewDatabaseBesideTheApplicationsOwnTablesGetsEveryScriptOnce() throws Exception {
        JdbcDataSource ds = h2("beside");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // an application's table, and its own Flyway history under the default name
            s.execute("CREATE TABLE app_orders (id INT PRIMARY KEY)");
            s.execute("CREATE TABLE \"flyway_schema_history\" (x INT)");
        }
        JdbcDocumentStore.builder().dataSource(ds).build().close();
        JdbcDocumentStore.builder().dataSource(ds).build().close();
        assertThat(history(ds)).containsExactly("0 BASELINE << Flyway Baseline >> true",
                "1 SQL V1__documents.sql true");
    }

    @Test
    void aNewPostgresSchemaGetsEveryScriptOnce() throws Exception {
        DataSource ds = postgresSchema();
        JdbcDocumentStore.builder().dataSource(ds).build().close();
        JdbcDocumentStore.builder().dataSource(ds).build().close();
        assertThat(history(ds)).containsExactly("1 SQL V1__documents.sql true");
    }
}
