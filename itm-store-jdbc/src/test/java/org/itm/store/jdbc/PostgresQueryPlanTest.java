package org.itm.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itm.core.store.Document;
import org.itm.core.store.Query;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL a query on two or more index fields is planned with its values every time. The driver turns a
 * statement run five times on one connection into a server-side prepared statement, and the server may then keep a
 * generic plan that ignores the values: for two index fields one that merges both fields' index rows in id order,
 * reading every row of the commoner value (an outbox backlog of one notifier while the dispatcher of another looks
 * for its dozen entries). Such a query must never become a server-side prepared statement; one on a single field
 * may, and does, which shows that the check below can see them.
 */
class PostgresQueryPlanTest {

    @Test
    void aQueryOnTwoIndexFieldsIsNeverPreparedOnTheServerWhileOneOnASingleFieldIs() throws Exception {
        String url = Postgres.urlOrSkip();
        String schema = Postgres.freshSchema(url, "itm_plans_");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setSchema(schema);
        // one connection: the store's statements and the check below share its session
        config.setMaximumPoolSize(1);
        try (HikariDataSource pool = new HikariDataSource(config);
             JdbcDocumentStore store = JdbcDocumentStore.builder().dataSource(pool).build()) {
            store.declare("outbox", Set.of("notifier", "status"));
            for (int i = 0; i < 30; i++) {
                store.create("outbox", "e" + i, Map.of("notifier", i < 25 ? "busy" : "quiet", "status", "PENDING"),
                        "{}");
            }
            for (int run = 0; run < 10; run++) {
                assertThat(ids(store, Query.of("outbox").where("notifier", "quiet").where("status", "PENDING")))
                        .containsExactly("e25", "e26", "e27", "e28", "e29");
                assertThat(ids(store, Query.of("outbox").where("notifier", "quiet"))).hasSize(5);
            }

            List<String> prepared = new ArrayList<>();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT statement FROM pg_prepared_statements")) {
                while (r.next()) {
                    prepared.add(r.getString(1));
                }
            }
            assertThat(prepared).as("the single-field query became a server-side prepared statement")
                    .anySatisfy(sql -> assertThat(sql).contains("JOIN itm_document_index i0")
                            .doesNotContain("itm_document_index i1"));
            assertThat(prepared).as("no two-field query is prepared on the server")
                    .noneSatisfy(sql -> assertThat(sql).contains("itm_document_index i1"));
        } finally {
            try (Connection c = java.sql.DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static List<String> ids(JdbcDocumentStore store, Query query) {
        return store.query(query).items().stream().map(Document::id).toList();
    }
}
