package org.itm.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.itm.core.ItmException;
import org.itm.core.store.Document;
import org.itm.core.store.Query;
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

    private static final String H2_SECOND = "V2__inline_content_no_index_by_document.sql";
    private static final String POSTGRES_SECOND = "V2__no_index_by_document.sql";

    private static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + "-" + ThreadLocalRandom.current().nextInt(1 << 30) + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** A fresh schema in the test PostgreSQL database, or a skip when there is none. */
    private static DataSource postgresSchema() throws Exception {
        String url = Postgres.urlOrSkip();
        String schema = Postgres.freshSchema(url, "itm_migration_");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setCurrentSchema(schema);
        return ds;
    }

    /** Content with characters outside ASCII, one of them outside the BMP: the text must survive the migrations. */
    private static final String FORMER_JSON = "{\"title\":\"disk full on h\u00f6st-7 \u2014 \ud83d\udcbe\"}";

    /**
     * A database as the first released version left it: the former migrator's {@code itm_schema_version}, the
     * tables of schema version 1 (on H2 the content a character large object), no Flyway history, and the rows a
     * store of that version wrote for one document with one index value.
     */
    private static void createWithTheFormerMigrator(DataSource ds) throws Exception {
        Dialect dialect;
        try (Connection c = ds.getConnection()) {
            dialect = Dialect.of(c);
        }
        assertThat(FormerSchemaMigrator.migrate(ds, dialect)).isEqualTo(1);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("INSERT INTO itm_type (type, index_fields) VALUES ('incident', 'status')");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO itm_document (type, id, version, indexes, "
                    + "content) VALUES ('incident', 'INC-1', 1, '{\"status\":\"OPEN\"}', ?)")) {
                p.setString(1, FORMER_JSON);
                p.executeUpdate();
            }
            s.execute("INSERT INTO itm_document_index (type, field, val, id) VALUES ('incident', 'status', 'OPEN', "
                    + "'INC-1')");
        }
    }

    private static List<String> ids(JdbcDocumentStore store, String status) {
        return store.query(Query.of("incident").where("status", status)).items().stream().map(Document::id).toList();
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

    private static void opensAndIsAdopted(DataSource ds, String secondScript) throws Exception {
        createWithTheFormerMigrator(ds);

        try (JdbcDocumentStore store = JdbcDocumentStore.builder().dataSource(ds).build()) {
            assertThat(store.read("incident", "INC-1")).contains(
                    new Document("incident", "INC-1", 1, Map.of("status", "OPEN"), FORMER_JSON));
            assertThat(ids(store, "OPEN")).containsExactly("INC-1");
            store.update("incident", "INC-1", 1, Map.of("status", "CLOSED"), FORMER_JSON);
            // the index row written before the migration is gone, the new one found
            assertThat(ids(store, "OPEN")).isEmpty();
            assertThat(ids(store, "CLOSED")).containsExactly("INC-1");
        }
        // adopted at the version the former migrator reached: only the later script ran
        assertThat(history(ds)).hasSize(2);
        assertThat(history(ds).get(0)).startsWith("1 BASELINE");
        assertThat(history(ds).get(1)).isEqualTo("2 SQL " + secondScript + " true");
        try (JdbcDocumentStore again = JdbcDocumentStore.builder().dataSource(ds).build()) {
            assertThat(again.read("incident", "INC-1")).contains(
                    new Document("incident", "INC-1", 2, Map.of("status", "CLOSED"), FORMER_JSON));
        }
        assertThat(history(ds)).hasSize(2);
    }

    @Test
    void anH2DatabaseCreatedByTheFormerMigratorOpensWithItsDocumentsAndIsAdopted() throws Exception {
        opensAndIsAdopted(h2("former"), H2_SECOND);
    }

    @Test
    void aPostgresDatabaseCreatedByTheFormerMigratorOpensWithItsDocumentsAndIsAdopted() throws Exception {
        opensAndIsAdopted(postgresSchema(), POSTGRES_SECOND);
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
                "1 SQL V1__documents.sql true", "2 SQL " + H2_SECOND + " true");
    }

    @Test
    void aNewPostgresSchemaGetsEveryScriptOnce() throws Exception {
        DataSource ds = postgresSchema();
        JdbcDocumentStore.builder().dataSource(ds).build().close();
        JdbcDocumentStore.builder().dataSource(ds).build().close();
        assertThat(history(ds)).containsExactly("1 SQL V1__documents.sql true",
                "2 SQL " + POSTGRES_SECOND + " true");
    }
}
