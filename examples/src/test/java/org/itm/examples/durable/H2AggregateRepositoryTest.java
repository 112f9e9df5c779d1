package org.itm.examples.durable;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.money.Money;
import org.itm.core.store.DocumentStore;
import org.itm.governance.decision.DecisionLog;
import org.itm.governance.decision.DecisionRecordRepository;
import org.itm.governance.decision.DecisionRequest;
import org.itm.governance.decision.DelegationOfAuthority;
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

    @org.junit.jupiter.api.Test
    void theDecisionLogContinuesItsNumberingAfterClosingAndReopeningTheH2File() {
        String url = "jdbc:h2:file:" + dir.resolve("decisions-restart").toAbsolutePath();
        DelegationOfAuthority doa = DelegationOfAuthority.of("EUR", List.of(
                new DelegationOfAuthority.Level("director", new BigDecimal("500000"))), "board");
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
        try (JdbcDocumentStore before = JdbcDocumentStore.builder().url(url).build()) {
            DecisionLog log = DecisionLog.create(clock, ZoneOffset.UTC, doa,
                    DecisionRecordRepository.documentStore(before)).authority("dave", "director");
            log.record(spend("dave", "1000"));
            log.record(spend("dave", "2000"));
        }
        try (JdbcDocumentStore after = JdbcDocumentStore.builder().url(url).build()) {
            DecisionRecordRepository records = DecisionRecordRepository.documentStore(after);
            DecisionLog restarted = DecisionLog.create(clock, ZoneOffset.UTC, doa, records)
                    .authority("dave", "director");
            assertThat(restarted.record(spend("dave", "3000")).sequence()).isEqualTo(3);
            assertThat(records.findAll(records.query())).extracting(v -> v.value().sequence())
                    .containsExactly(1L, 2L, 3L);
        }
    }

    private static DecisionRequest spend(String who, String amount) {
        return new DecisionRequest("purchase", "buy disks", List.of("buy", "lease"), List.of("cost"), "buy",
                "cheaper over three years", who, Optional.of(Money.of(amount, "EUR")), Map.of());
    }

    @Override
    protected DocumentStore createStore() {
        return shared;
    }
}
