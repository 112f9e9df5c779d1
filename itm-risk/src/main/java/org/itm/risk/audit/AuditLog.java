package org.itm.risk.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An append-only, tamper-evident audit log. Each record is chained to its predecessor by SHA-256 and is a leaf of
 * an RFC 6962 Merkle tree, so that a {@link Checkpoint} taken now lets anyone later prove that an entry is in the
 * log ({@link #inclusionProof}), that the log only grew ({@link #consistencyProof}), and — with {@link #verify()} —
 * that no record was modified, deleted, inserted, reordered or truncated.
 *
 * <p>Thread-safe. Obtain one with {@link #create(AuditStore, Clock)} or {@link #inMemory(Clock)}.
 */
public interface AuditLog {

    /**
     * A log over {@code store}; an existing store is re-verified while it is loaded.
     *
     * @throws org.itm.core.ItmException if the stored chain is broken, naming the first bad index
     */
    static AuditLog create(AuditStore store, Clock clock) {
        return new ChainedAuditLog(store, clock);
    }

    /** A log kept in memory. */
    static AuditLog inMemory(Clock clock) {
        return create(AuditStore.inMemory(), clock);
    }

    /** Appends {@code entry} and returns the stored record. */
    AuditRecord append(AuditEntry entry);

    /** Appends an entry stamped with the log's clock. */
    AuditRecord record(String actor, String action, String target, AuditOutcome outcome, Map<String, String> details);

    /** Number of records. */
    long size();

    /** The record at {@code index}, if there is one. */
    Optional<AuditRecord> get(long index);

    /** Records matching {@code query}, in log order. */
    List<AuditRecord> query(AuditQuery query);

    /** The current size, Merkle root and head hash; store it elsewhere to detect later tampering. */
    Checkpoint checkpoint();

    /** The Merkle tree head of the first {@code size} records. */
    Hash rootHash(long size);

    /** Audit path of record {@code index} in the tree of the first {@code treeSize} records. */
    List<Hash> inclusionProof(long index, long treeSize);

    /** Proof that the tree of {@code oldSize} records is a prefix of the tree of {@code newSize} records. */
    List<Hash> consistencyProof(long oldSize, long newSize);

    /** Re-reads the store and checks it against this log's own latest checkpoint. */
    VerificationResult verify();

    /** Re-reads the store and checks it against a checkpoint obtained earlier (possibly from another process). */
    VerificationResult verify(Checkpoint trusted);
}
