package org.itm.risk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.itm.core.store.Document;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.junit.jupiter.api.Test;

class DocumentAuditStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void persistsThroughTheStorageSpiAndReopens() {
        DocumentStore docs = DocumentStores.inMemory();
        AuditLog log = AuditLog.create(AuditStore.of(docs, "security"), CLOCK);
        for (int i = 0; i < 7; i++) {
            log.record("user" + i % 2, "login", "portal", AuditOutcome.SUCCESS, Map.of("n", "" + i));
        }
        Checkpoint checkpoint = log.checkpoint();
        AuditLog reopened = AuditLog.create(AuditStore.of(docs, "security"), CLOCK);
        assertThat(reopened.checkpoint()).isEqualTo(checkpoint);
        assertThat(reopened.verify(checkpoint).valid()).isTrue();
        assertThat(reopened.query(AuditQuery.all().withActor("user1"))).hasSize(3);
        // another log in the same store is independent
        AuditLog other = AuditLog.create(AuditStore.of(docs, "billing"), CLOCK);
        assertThat(other.size()).isZero();
    }

    @Test
    void tamperingWithAStoredDocumentIsDetected() {
        DocumentStore docs = DocumentStores.inMemory();
        AuditLog log = AuditLog.create(AuditStore.of(docs, "security"), CLOCK);
        for (int i = 0; i < 5; i++) {
            log.record("alice", "change.approve", "CHG-" + i, AuditOutcome.SUCCESS, Map.of());
        }
        Document d = docs.read("itm-audit-record", "security:0000000000000000003").orElseThrow();
        docs.update(d.type(), d.id(), d.version(), d.indexes(), d.json().replace("alice", "mallory"));
        VerificationResult result = log.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBadIndex()).contains(3L);
    }

    @Test
    void aSecondWriterCannotForkTheChain() {
        DocumentStore docs = DocumentStores.inMemory();
        AuditLog first = AuditLog.create(AuditStore.of(docs, "security"), CLOCK);
        AuditLog second = AuditLog.create(AuditStore.of(docs, "security"), CLOCK);
        first.record("alice", "login", "portal", AuditOutcome.SUCCESS, Map.of());
        assertThatThrownBy(() -> second.record("bob", "login", "portal", AuditOutcome.SUCCESS, Map.of()))
                .isInstanceOf(RuntimeException.class);
        assertThat(second.size()).isZero();
        assertThat(first.verify().valid()).isTrue();
    }
}
