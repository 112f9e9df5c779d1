/**
 * A tamper-evident audit log, for evidence that an auditor can check: who approved, changed or was refused what,
 * and when. Entries are chained by SHA-256 and summarised by an RFC 6962/9162 Merkle tree, so a
 * {@link org.itm.risk.audit.Checkpoint} kept elsewhere proves later that no record was modified, deleted,
 * inserted, reordered or truncated, and inclusion and consistency proofs
 * ({@link org.itm.risk.audit.MerkleTree#verifyInclusion}, {@link org.itm.risk.audit.MerkleTree#verifyConsistency})
 * let a third party check one entry or the log's growth without reading all of it.
 *
 * <p>Start with {@link org.itm.risk.audit.AuditLog#create(AuditStore, java.time.Clock) AuditLog.create} over an
 * {@link org.itm.risk.audit.AuditStore} ({@link org.itm.risk.audit.AuditStore#of AuditStore.of} persists through
 * the core document store, {@link org.itm.risk.audit.AuditStore#inMemory AuditStore.inMemory} keeps records in
 * memory). Bad input throws {@link org.itm.core.ItmValidationException} naming the field; a store whose chain is
 * already broken when the log is created throws {@link org.itm.core.ItmException} naming the first bad index.
 *
 * <pre>{@code
 * AuditStore store = AuditStore.inMemory();
 * AuditLog log = AuditLog.create(store, Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC));
 * AuditRecord approved = log.record("alice", "change.approve", "CHG-42", AuditOutcome.SUCCESS, Map.of("risk", "low"));
 * log.record("bob", "change.deploy", "CHG-42", AuditOutcome.FAILURE, Map.of());
 * Checkpoint trusted = log.checkpoint();                     // size 2; keep it outside the store
 *
 * List<AuditRecord> byAlice = log.query(AuditQuery.all().withActor("alice"));   // the one record at index 0
 * List<Hash> path = log.inclusionProof(0, 2);                // one sibling hash
 * boolean included = MerkleTree.verifyInclusion(approved.leafHash(), 0, 2, path, trusted.rootHash());   // true
 *
 * log.record("carol", "change.close", "CHG-42", AuditOutcome.SUCCESS, Map.of());
 * VerificationResult grown = log.verify(trusted);            // valid: "all 3 records verified"
 * boolean onlyGrew = MerkleTree.verifyConsistency(2, 3, trusted.rootHash(), log.checkpoint().rootHash(),
 *         log.consistencyProof(2, 3));                       // true
 *
 * // a record written to the store behind the log's back is caught
 * store.append(new AuditRecord(3, AuditEntry.of(Instant.parse("2027-03-01T11:00:00Z"), "mallory",
 *         "change.approve", "CHG-43", AuditOutcome.SUCCESS), Hash.ZERO, Hash.ZERO, Hash.ZERO));
 * VerificationResult forged = log.verify();                  // not valid, firstBadIndex 3: "previous hash does not
 *                                                            //   link to the record before (deleted, inserted or
 *                                                            //   reordered)"
 * }</pre>
 */
@NullMarked
package org.itm.risk.audit;

import org.jspecify.annotations.NullMarked;
