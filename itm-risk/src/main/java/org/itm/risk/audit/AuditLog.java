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
 *
 * @since 0.1
 */
public interface AuditLog {

    /**
     * A log over {@code store}; an existing store is re-verified while it is loaded.
     *
     * @param store where the records are kept; records already in it are read and checked once, here
     * @param clock stamps the entries written with {@link #record}
     * @return the log, positioned after the last stored record
     * @throws org.itm.core.ItmValidationException naming {@code store} or {@code clock} when null
     * @throws org.itm.core.ItmException if the stored chain is broken, naming the first bad index
     */
    static AuditLog create(AuditStore store, Clock clock) {
        return new ChainedAuditLog(store, clock);
    }

    /**
     * A log kept in memory, lost with the process.
     *
     * @param clock stamps the entries written with {@link #record}
     * @return an empty log
     */
    static AuditLog inMemory(Clock clock) {
        return create(AuditStore.inMemory(), clock);
    }

    /**
     * Appends {@code entry} after the last record; if the store refuses it the log is unchanged.
     *
     * @param entry the event to keep
     * @return the stored record, with its index (0 for the first) and hashes
     * @throws org.itm.core.ItmValidationException naming {@code entry} when null
     */
    AuditRecord append(AuditEntry entry);

    /**
     * Appends an entry stamped with the log's clock, as {@link #append}.
     *
     * @param actor   user or system that acted, not blank
     * @param action  what was done, e.g. {@code change.approve}, not blank
     * @param target  what it was done to, e.g. {@code CHG-42}, not blank
     * @param outcome how it ended
     * @param details extra key/value facts; may be empty, no blank keys or null values
     * @return the stored record
     * @throws org.itm.core.ItmValidationException naming each bad component, as {@link AuditEntry}
     */
    AuditRecord record(String actor, String action, String target, AuditOutcome outcome, Map<String, String> details);

    /** @return the number of records, which is also the index the next record will get */
    long size();

    /**
     * @param index the position, 0 for the first record
     * @return the record there, or empty when {@code index} is not below {@link #size()}
     * @throws org.itm.core.ItmValidationException naming {@code index} when negative
     */
    Optional<AuditRecord> get(long index);

    /**
     * @param query the filter; {@link AuditQuery#all()} for every record
     * @return the matching records, in log order; empty when none match
     * @throws org.itm.core.ItmValidationException naming {@code query} when null
     */
    List<AuditRecord> query(AuditQuery query);

    /**
     * @return the current size, Merkle root and head hash; store it outside the log's store to detect later
     *         tampering with {@link #verify(Checkpoint)}
     */
    Checkpoint checkpoint();

    /**
     * @param size the number of leading records, 0 to {@link #size()}
     * @return the RFC 6962 Merkle tree head of the first {@code size} records (the hash of the empty string for 0)
     * @throws org.itm.core.ItmValidationException naming {@code size} when outside 0 to {@link #size()}
     */
    Hash rootHash(long size);

    /**
     * The RFC 6962 audit path of one record; check it with {@link MerkleTree#verifyInclusion}.
     *
     * @param index    the record's position, 0 to {@code treeSize - 1}
     * @param treeSize the number of leading records in the tree, 1 to {@link #size()}
     * @return the sibling hashes from the leaf up to the root; empty for a tree of one record
     * @throws org.itm.core.ItmValidationException naming {@code treeSize} when outside 1 to {@link #size()}, or
     *                                             {@code index} when negative or not below {@code treeSize}
     */
    List<Hash> inclusionProof(long index, long treeSize);

    /**
     * The RFC 6962 proof that the tree of {@code oldSize} records is a prefix of the tree of {@code newSize}
     * records; check it with {@link MerkleTree#verifyConsistency}.
     *
     * @param oldSize the size of the earlier tree, 1 to {@code newSize}
     * @param newSize the size of the later tree, 1 to {@link #size()}
     * @return the proof hashes; empty when both sizes are equal
     * @throws org.itm.core.ItmValidationException naming {@code newSize} when outside 1 to {@link #size()}, or
     *                                             {@code oldSize} when outside 1 to {@code newSize}
     */
    List<Hash> consistencyProof(long oldSize, long newSize);

    /**
     * Re-reads the store and checks every record's chain and leaf hash and the Merkle root against this log's own
     * state; catches edits made to the store behind the log's back.
     *
     * @return the result; {@link VerificationResult#valid()} is false and
     *         {@link VerificationResult#firstBadIndex()} names the first bad index when a record was modified,
     *         deleted, inserted, reordered or truncated
     */
    VerificationResult verify();

    /**
     * Re-reads the store and checks it against a checkpoint obtained earlier, possibly from another process: the
     * store must still hold the checkpoint's records unchanged (it may have grown since).
     *
     * @param trusted a checkpoint kept outside the store
     * @return the result; not ok when the store no longer contains the checkpointed log as a prefix
     * @throws org.itm.core.ItmValidationException naming {@code trusted} when null
     */
    VerificationResult verify(Checkpoint trusted);
}
