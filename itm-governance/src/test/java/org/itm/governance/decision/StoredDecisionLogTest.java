package org.itm.governance.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.money.Money;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.Versioned;
import org.junit.jupiter.api.Test;

class StoredDecisionLogTest {

    final DelegationOfAuthority doa = DelegationOfAuthority.of("EUR", List.of(
            new DelegationOfAuthority.Level("team-lead", new BigDecimal("50000")),
            new DelegationOfAuthority.Level("director", new BigDecimal("500000"))), "steering-committee");
    final DocumentStore store = DocumentStores.inMemory();

    DecisionLog start() {
        return DecisionLog.create(Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC),
                        ZoneId.of("Europe/Amsterdam"), doa, DecisionRecordRepository.documentStore(store))
                .authority("dave", "director").authority("tina", "team-lead");
    }

    static DecisionRequest request(String who, String amount) {
        return new DecisionRequest("investment", "replace the CRM", List.of("buy", "build"), List.of("cost"), "buy",
                "faster to market", who, Optional.of(Money.of(amount, "EUR")), Map.of());
    }

    @Test
    void continuesNumberingFromTheStoreAfterARestart() {
        DecisionLog first = start();
        first.record(request("dave", "120000"));
        first.record(request("tina", "20000"));

        DecisionLog restarted = start();
        DecisionRecord third = restarted.record(request("dave", "300000"));

        assertThat(third.sequence()).isEqualTo(3);
        DecisionRecordRepository repo = DecisionRecordRepository.documentStore(store);
        assertThat(repo.findAll(repo.query())).extracting(Versioned::value)
                .extracting(DecisionRecord::sequence, r -> r.request().decidedBy())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "dave"),
                        org.assertj.core.groups.Tuple.tuple(2L, "tina"),
                        org.assertj.core.groups.Tuple.tuple(3L, "dave"));
        assertThat(restarted.records()).containsExactly(third);
    }

    @Test
    void storesNothingWhenARightIsMissing() {
        DecisionLog log = start();
        assertThatThrownBy(() -> log.record(request("tina", "90000"))).isInstanceOf(DecisionRightsException.class);
        DecisionRecordRepository repo = DecisionRecordRepository.documentStore(store);
        assertThat(repo.findAll(repo.query())).isEmpty();
        assertThat(start().record(request("dave", "90000")).sequence()).isEqualTo(1);
    }

    @Test
    void aLogThatLostTheRaceForANumberRecordsNothing() {
        DecisionLog one = start();
        DecisionLog other = start();
        one.record(request("dave", "120000"));
        assertThatThrownBy(() -> other.record(request("tina", "20000"))).isInstanceOf(StaleVersionException.class);
        assertThat(other.records()).isEmpty();
        assertThat(start().record(request("tina", "20000")).sequence()).isEqualTo(2);
    }

    @Test
    void findsTheLastOfManyStoredRecords() {
        DecisionLog first = start();
        for (int i = 0; i < 37; i++) {
            first.record(request("dave", "1000"));
        }
        assertThat(start().record(request("dave", "1000")).sequence()).isEqualTo(38);
    }

    @Test
    void rejectsAMissingRepository() {
        assertThatThrownBy(() -> DecisionLog.create(Clock.systemUTC(), ZoneOffset.UTC, doa, null))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("records");
    }
}
