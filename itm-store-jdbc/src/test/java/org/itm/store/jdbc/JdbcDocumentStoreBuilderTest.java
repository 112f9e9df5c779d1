package org.itm.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;
import org.itm.core.store.Document;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcDocumentStoreBuilderTest {

    @TempDir
    Path dir;

    @Test
    void buildReportsEveryBadSettingAtOnce() {
        assertThatThrownBy(() -> JdbcDocumentStore.builder().url("jdbc:mysql://x/y").maxPoolSize(0)
                .maxDocumentChars(0).build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path())
                        .containsExactlyInAnyOrder("url", "maxPoolSize", "maxDocumentChars"));
        assertThatThrownBy(() -> JdbcDocumentStore.builder().build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("url");
        JdbcDataSource ds = new JdbcDataSource();
        assertThatThrownBy(() -> JdbcDocumentStore.builder().url("jdbc:h2:mem:x").dataSource(ds).build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("not both");
    }

    @Test
    void aUserSuppliedDataSourceIsUsedAndLeftOpen() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:user-supplied;DB_CLOSE_DELAY=-1");
        try (JdbcDocumentStore store = JdbcDocumentStore.builder().dataSource(ds).build()) {
            store.declare("thing", Set.of("k"));
            store.create("thing", "1", Map.of("k", "v"), "{\"a\":1}");
        }
        try (var c = ds.getConnection(); var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM itm_document")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void reopeningAFileStoreKeepsDocumentsDeclarationsAndSchemaVersion() {
        String url = "jdbc:h2:file:" + dir.resolve("reopen").toAbsolutePath();
        try (JdbcDocumentStore store = JdbcDocumentStore.builder().url(url).build()) {
            store.declare("incident", Set.of("status"));
            store.create("incident", "INC-1", Map.of("status", "OPEN"), "{\"title\":\"disk full\"}");
        }
        try (JdbcDocumentStore store = JdbcDocumentStore.builder().url(url).build()) {
            assertThatThrownBy(() -> store.declare("incident", Set.of("owner")))
                    .isInstanceOf(ItmValidationException.class).hasMessageContaining("[status]");
            assertThat(store.read("incident", "INC-1")).contains(
                    new Document("incident", "INC-1", 1, Map.of("status", "OPEN"), "{\"title\":\"disk full\"}"));
        }
    }

    @Test
    void theSchemaIsVersionedAndAChangedAppliedScriptStopsTheStoreFromOpening() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1");
        JdbcDocumentStore.builder().dataSource(ds).build().close();
        JdbcDocumentStore.builder().dataSource(ds).build().close();
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            try (var r = s.executeQuery("SELECT \"version\", \"script\" FROM \"itm_schema_history\" "
                    + "WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\"")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("1");
                assertThat(r.getString(2)).isEqualTo("V1__documents.sql");
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("2");
                assertThat(r.getString(2)).isEqualTo("V2__inline_content_no_index_by_document.sql");
                assertThat(r.next()).as("opening twice applies each script once").isFalse();
            }
            s.executeUpdate("UPDATE \"itm_schema_history\" SET \"checksum\" = 1 WHERE \"version\" = '1'");
        }

        assertThatThrownBy(() -> JdbcDocumentStore.builder().dataSource(ds).build())
                .isInstanceOf(ItmException.class)
                .hasMessageContaining("V1__documents.sql was changed after it was applied");
    }

    @Test
    void aStoreWithAPoolOfOneConnectionOpensMigratesAndWorks() {
        // the schema migration used to wait for a second connection that a pool of one never gives
        String url = "jdbc:h2:file:" + dir.resolve("pool-of-one").toAbsolutePath();
        for (int open = 0; open < 2; open++) {
            try (JdbcDocumentStore store = JdbcDocumentStore.builder().url(url).maxPoolSize(1).build()) {
                store.declare("incident", Set.of("status"));
                if (open == 0) {
                    store.create("incident", "INC-1", Map.of("status", "OPEN"), "{}");
                }
                assertThat(store.read("incident", "INC-1").orElseThrow().version()).isEqualTo(1);
            }
        }
    }

    @Test
    void aPostgresStoreOverASingleConnectionDataSourceOpens() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(Postgres.urlOrSkip());
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(5_000);
        try (HikariDataSource pool = new HikariDataSource(config);
             JdbcDocumentStore store = JdbcDocumentStore.builder().dataSource(pool).build()) {
            store.declare("pool-of-one", Set.of());
            assertThat(store.read("pool-of-one", "absent")).isEmpty();
        }
    }

    @Test
    void serviceLoaderFindsTheJdbcStoreConfiguredByOneSetting() {
        String url = "jdbc:h2:file:" + dir.resolve("loaded").toAbsolutePath();
        System.setProperty(JdbcDocumentStoreProvider.URL_PROPERTY, url);
        try {
            DocumentStore store = DocumentStores.load();
            assertThat(store).isInstanceOf(JdbcDocumentStore.class);
            store.declare("change", Set.of());
            store.create("change", "CHG-1", Map.of(), "{}");
            ((JdbcDocumentStore) store).close();
        } finally {
            System.clearProperty(JdbcDocumentStoreProvider.URL_PROPERTY);
        }
        try (JdbcDocumentStore again = JdbcDocumentStore.builder().url(url).build()) {
            assertThat(again.read("change", "CHG-1")).isPresent();
        }
    }

    @Test
    void documentStoresOpenGivesTheJdbcStoreForAJdbcUrlWithoutAnyGlobalSetting() {
        String url = "jdbc:h2:file:" + dir.resolve("opened").toAbsolutePath();
        DocumentStore store = DocumentStores.open(url);
        assertThat(store).isInstanceOf(JdbcDocumentStore.class);
        store.declare("change", Set.of());
        store.create("change", "CHG-2", Map.of(), "{}");
        ((JdbcDocumentStore) store).close();
        try (JdbcDocumentStore again = (JdbcDocumentStore) DocumentStores.open(url)) {
            assertThat(again.read("change", "CHG-2")).isPresent();
        }
        assertThat(new JdbcDocumentStoreProvider().accepts("JDBC:h2:mem:x")).isTrue();
        assertThat(new JdbcDocumentStoreProvider().accepts("memory:")).isFalse();
    }
}
