package org.itm.examples.durable;

import java.nio.file.Path;
import org.itm.core.store.DocumentStore;
import org.itm.store.jdbc.JdbcDocumentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The aggregate repositories on the JDBC store over an H2 file. */
class H2AggregateRepositoryTest extends AggregateRepositoryKit {

    @TempDir
    static Path dir;
    private static JdbcDocumentStore shared;

    @BeforeAll
    static void open() {
        shared = JdbcDocumentStore.builder().url("jdbc:h2:file:" + dir.resolve("aggregates").toAbsolutePath()).build();
    }

    @AfterAll
    static void close() {
        shared.close();
    }

    @org.junit.jupiter.api.Test
    void openAlertGroupsSurviveClosingAndReopeningTheH2File() {
        String url = "jdbc:h2:file:" + dir.resolve("alerts-restart").toAbsolutePath();
        org.itm.operations.alert.ServiceDirectory directory = org.itm.operations.alert.ServiceDirectory.of(
                java.util.Map.of("db-1", "shop"), java.util.Map.of("shop", 1), 3);
        java.time.Instant t0 = java.time.Instant.parse("2026-03-02T08:00:00Z");
        try (JdbcDocumentStore before = JdbcDocumentStore.builder().url(url).build()) {
            org.itm.operations.alert.StoredAlertCorrelator.open(before, "default",
                    org.itm.operations.alert.AlertCorrelator.builder(directory)).ingest(
                    org.itm.operations.alert.Alert.firing("prom", "db-1/disk",
                            org.itm.core.notify.Severity.MAJOR, "db-1", t0));
        }
        try (JdbcDocumentStore after = JdbcDocumentStore.builder().url(url).build()) {
            var restarted = org.itm.operations.alert.StoredAlertCorrelator.open(after, "default",
                    org.itm.operations.alert.AlertCorrelator.builder(directory));
            org.assertj.core.api.Assertions.assertThat(restarted.openAlerts()).isEqualTo(1);
            org.assertj.core.api.Assertions.assertThat(restarted.ingest(org.itm.operations.alert.Alert.clear(
                    "prom", "db-1/disk", "db-1", t0.plusSeconds(300)))).singleElement()
                    .satisfies(a -> org.assertj.core.api.Assertions.assertThat(a.kind())
                            .isEqualTo(org.itm.operations.alert.AlertAction.Kind.RESOLVE_INCIDENT));
        }
    }

    @Override
    protected DocumentStore createStore() {
        return shared;
    }
}
