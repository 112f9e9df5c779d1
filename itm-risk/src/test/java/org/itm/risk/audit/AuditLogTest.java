package org.itm.risk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditLogTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    /** A store whose records a test can alter behind the log's back. */
    static class TamperableStore implements AuditStore {
        final List<AuditRecord> records = new ArrayList<>();

        @Override
        public void append(AuditRecord record) {
            records.add(record);
        }

        @Override
        public long size() {
            return records.size();
        }

        @Override
        public List<AuditRecord> read(long from, int max) {
            if (from >= records.size()) {
                return List.of();
            }
            return List.copyOf(records.subList((int) from, (int) Math.min(records.size(), from + max)));
        }
    }

    private static AuditEntry entry(int i) {
        return new AuditEntry(T0.plusSeconds(60L * i), "user" + (i % 3), "change.approve", "CHG-" + (i % 4),
                i % 5 == 0 ? AuditOutcome.DENIED : AuditOutcome.SUCCESS, Map.of("ip", "10.0.0." + i));
    }

    private static AuditLog filledLog(TamperableStore store, int n) {
        AuditLog log = AuditLog.create(store, CLOCK);
        for (int i = 0; i < n; i++) {
            log.append(entry(i));
        }
        return log;
    }

    @Test
    void untouchedLogVerifies() {
        TamperableStore store = new TamperableStore();
        AuditLog log = filledLog(store, 10);
        VerificationResult result = log.verify();
        assertThat(result.valid()).isTrue();
        assertThat(result.checked()).isEqualTo(10);
        assertThat(result.firstBadIndex()).isEmpty();
    }

    @ParameterizedTest(name = "flipping {0} is detected")
    @ValueSource(strings = {"time", "actor", "action", "target", "outcome", "details", "hash", "previousHash",
            "leafHash", "index"})
    void flippingAnyFieldIsDetectedAtThatIndex(String field) {
        TamperableStore store = new TamperableStore();
        AuditLog log = filledLog(store, 10);
        AuditRecord r = store.records.get(4);
        AuditEntry e = r.entry();
        UnaryOperator<AuditEntry> noChange = x -> x;
        AuditRecord forged = switch (field) {
            case "time" -> withEntry(r, new AuditEntry(e.time().plusNanos(1), e.actor(), e.action(), e.target(),
                    e.outcome(), e.details()));
            case "actor" -> withEntry(r, new AuditEntry(e.time(), "mallory", e.action(), e.target(), e.outcome(),
                    e.details()));
            case "action" -> withEntry(r, new AuditEntry(e.time(), e.actor(), "change.reject", e.target(),
                    e.outcome(), e.details()));
            case "target" -> withEntry(r, new AuditEntry(e.time(), e.actor(), e.action(), "CHG-999", e.outcome(),
                    e.details()));
            case "outcome" -> withEntry(r, new AuditEntry(e.time(), e.actor(), e.action(), e.target(),
                    AuditOutcome.FAILURE, e.details()));
            case "details" -> withEntry(r, e.withDetails(Map.of("ip", "192.168.1.1")));
            case "hash" -> new AuditRecord(r.index(), noChange.apply(e), r.previousHash(), flip(r.hash()),
                    r.leafHash());
            case "previousHash" -> new AuditRecord(r.index(), e, flip(r.previousHash()), r.hash(), r.leafHash());
            case "leafHash" -> new AuditRecord(r.index(), e, r.previousHash(), r.hash(), flip(r.leafHash()));
            case "index" -> new AuditRecord(r.index() + 1, e, r.previousHash(), r.hash(), r.leafHash());
            default -> throw new IllegalArgumentException(field);
        };
        store.records.set(4, forged);
        VerificationResult result = log.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBadIndex()).contains(4L);
        assertThat(result.reason()).isNotBlank();
    }

    @Test
    void deletedEntryIsDetectedWhereItWas() {
        TamperableStore store = new TamperableStore();
        AuditLog log = filledLog(store, 10);
        store.records.remove(6);
        VerificationResult result = log.verify();
        assertThat(result.firstBadIndex()).contains(6L);
        assertThat(result.reason()).contains("deleted, inserted or reordered");
    }

    @Test
    void insertedEntryIsDetected() {
        TamperableStore store = new TamperableStore();
        AuditLog log = filledLog(store, 10);
        AuditRecord copy = store.records.get(2);
        store.records.add(3, new AuditRecord(3, entry(99), copy.hash(), copy.hash(), copy.leafHash()));
        assertThat(log.verify().firstBadIndex()).contains(3L);
    }

    @Test
    void reorderedEntriesAreDetectedAtTheFirstSwappedPosition() {
        TamperableStore store = new TamperableStore();
        AuditLog log = filledLog(store, 10);
        AuditRecord a = store.records.get(5);
        store.records.set(5, store.records.get(6));
        store.records.set(6, a);
        assertThat(log.verify().firstBadIndex()).contains(5L);
    }

    @Test
    void truncationIsDetectedAgainstACheckpoint() {
        TamperableStore store = new TamperableStore();
        AuditLog log = filledLog(store, 10);
        Checkpoint checkpoint = log.checkpoint();
        store.records.subList(7, 10).clear();
        VerificationResult result = log.verify(checkpoint);
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBadIndex()).contains(7L);
        assertThat(result.reason()).contains("truncated");
        assertThat(log.verify().firstBadIndex()).contains(7L);
    }

    @Test
    void aConsistentlyRewrittenChainIsCaughtByTheCheckpoint() {
        TamperableStore store = new TamperableStore();
        AuditLog log = filledLog(store, 5);
        Checkpoint checkpoint = log.checkpoint();
        // rebuild a completely different but internally consistent chain of the same length
        TamperableStore forgedStore = new TamperableStore();
        AuditLog forger = AuditLog.create(forgedStore, CLOCK);
        for (int i = 0; i < 5; i++) {
            forger.append(i == 2 ? entry(42) : entry(i));
        }
        store.records.clear();
        store.records.addAll(forgedStore.records);
        VerificationResult result = log.verify(checkpoint);
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBadIndex()).contains(4L);
    }

    @Test
    void checkpointRootMatchesTheMerkleTreeOfTheLeafHashes() {
        TamperableStore store = new TamperableStore();
        AuditLog log = filledLog(store, 13);
        List<Hash> leaves = store.records.stream().map(AuditRecord::leafHash).toList();
        assertThat(log.checkpoint().rootHash()).isEqualTo(MerkleTree.root(leaves));
        assertThat(log.rootHash(5)).isEqualTo(MerkleTree.root(leaves, 5));
        assertThat(log.checkpoint().size()).isEqualTo(13);
    }

    @Test
    void proofsFromTheLogVerifyAgainstItsCheckpoints() {
        TamperableStore store = new TamperableStore();
        AuditLog log = filledLog(store, 6);
        Checkpoint old = log.checkpoint();
        for (int i = 6; i < 20; i++) {
            log.append(entry(i));
        }
        Checkpoint now = log.checkpoint();
        assertThat(MerkleTree.verifyConsistency(old.size(), now.size(), old.rootHash(), now.rootHash(),
                log.consistencyProof(old.size(), now.size()))).isTrue();
        AuditRecord r = log.get(11).orElseThrow();
        assertThat(MerkleTree.verifyInclusion(r.leafHash(), 11, now.size(), log.inclusionProof(11, now.size()),
                now.rootHash())).isTrue();
    }

    @Test
    void queriesByActorTargetAndTime() {
        AuditLog log = filledLog(new TamperableStore(), 12);
        assertThat(log.query(AuditQuery.all().withActor("user1"))).extracting(r -> r.index())
                .containsExactly(1L, 4L, 7L, 10L);
        assertThat(log.query(AuditQuery.all().withTarget("CHG-2"))).extracting(r -> r.index())
                .containsExactly(2L, 6L, 10L);
        assertThat(log.query(AuditQuery.all().between(T0.plusSeconds(120), T0.plusSeconds(300))))
                .extracting(r -> r.index()).containsExactly(2L, 3L, 4L);
        assertThat(log.query(AuditQuery.all().withActor("user1").withTarget("CHG-2"))).extracting(r -> r.index())
                .containsExactly(10L);
        assertThat(log.query(AuditQuery.all().withActor("nobody"))).isEmpty();
    }

    @Test
    void recordStampsTheClockTime() {
        AuditLog log = AuditLog.inMemory(CLOCK);
        AuditRecord r = log.record("alice", "login", "portal", AuditOutcome.SUCCESS, Map.of());
        assertThat(r.entry().time()).isEqualTo(T0);
        assertThat(r.index()).isZero();
        assertThat(r.previousHash()).isEqualTo(Hash.ZERO);
    }

    @Test
    void reopeningAStoreContinuesTheChain() {
        TamperableStore store = new TamperableStore();
        AuditLog first = filledLog(store, 5);
        Checkpoint checkpoint = first.checkpoint();
        AuditLog reopened = AuditLog.create(store, CLOCK);
        assertThat(reopened.checkpoint()).isEqualTo(checkpoint);
        reopened.append(entry(5));
        assertThat(reopened.verify().valid()).isTrue();
        assertThat(reopened.verify(checkpoint).valid()).isTrue();
    }

    @Test
    void reopeningATamperedStoreFailsNamingTheIndex() {
        TamperableStore store = new TamperableStore();
        filledLog(store, 5);
        store.records.remove(2);
        assertThatThrownBy(() -> AuditLog.create(store, CLOCK)).isInstanceOf(ItmException.class)
                .hasMessageContaining("index 2");
    }

    @Test
    void failedStoreAppendChangesNothing() {
        AuditStore failing = new TamperableStore() {
            @Override
            public void append(AuditRecord record) {
                if (record.index() == 2) {
                    throw new IllegalStateException("disk full");
                }
                super.append(record);
            }
        };
        AuditLog log = AuditLog.create(failing, CLOCK);
        log.append(entry(0));
        log.append(entry(1));
        Checkpoint before = log.checkpoint();
        assertThatThrownBy(() -> log.append(entry(2))).isInstanceOf(IllegalStateException.class);
        assertThat(log.checkpoint()).isEqualTo(before);
    }

    @Test
    void invalidEntriesAreRejectedNamingEveryField() {
        assertThatThrownBy(() -> new AuditEntry(T0, " ", "", "x", AuditOutcome.SUCCESS, Map.of()))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("actor").hasMessageContaining("action");
    }

    @Test
    void inMemoryStoreIsAppendOnly() {
        AuditStore store = AuditStore.inMemory();
        AuditLog log = AuditLog.create(store, CLOCK);
        AuditRecord r = log.append(entry(0));
        assertThatThrownBy(() -> store.append(r)).isInstanceOf(ItmValidationException.class);
    }

    private static AuditRecord withEntry(AuditRecord r, AuditEntry e) {
        return new AuditRecord(r.index(), e, r.previousHash(), r.hash(), r.leafHash());
    }

    private static Hash flip(Hash h) {
        byte[] b = h.bytes();
        b[0] ^= 1;
        return Hash.of(b);
    }
}
