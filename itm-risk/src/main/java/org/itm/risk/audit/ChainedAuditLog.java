package org.itm.risk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmException;
import org.itm.core.validation.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default {@link AuditLog}: hash chain plus an incrementally maintained Merkle tree over a store. */
final class ChainedAuditLog implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(ChainedAuditLog.class);
    private static final int PAGE = 4096;
    private static final byte ENCODING_VERSION = 1;

    private final AuditStore store;
    private final Clock clock;
    private final MessageDigest digest = MerkleTree.sha256();
    private final Encoder encoder = new Encoder();
    private final List<Hash> leafHashes = new ArrayList<>();
    /** Roots of the perfect subtrees covering all leaves, largest first (RFC 6962's tree shape). */
    private final Hash[] rangeHashes = new Hash[64];
    private final long[] rangeSizes = new long[64];
    private int rangeCount;
    private Hash head = Hash.ZERO;

    ChainedAuditLog(AuditStore store, Clock clock) {
        this.store = Checks.notNull(store, "store");
        this.clock = Checks.notNull(clock, "clock");
        load();
    }

    private void load() {
        long position = 0;
        while (true) {
            List<AuditRecord> page = store.read(position, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (AuditRecord r : page) {
                Optional<String> problem = check(r, position, head);
                if (problem.isPresent()) {
                    throw new ItmException("audit store is corrupt at index " + position + ": " + problem.get());
                }
                addLeaf(r.leafHash());
                head = r.hash();
                position++;
            }
        }
        LOG.debug("audit log loaded with {} records", position);
    }

    @Override
    public synchronized AuditRecord append(AuditEntry entry) {
        Checks.notNull(entry, "entry");
        long index = leafHashes.size();
        byte[] encoded = encoder.encode(index, entry);
        int length = encoder.length();
        digest.update(head.unsafeBytes());
        digest.update(encoded, 0, length);
        Hash hash = Hash.wrap(digest.digest());
        digest.update((byte) 0);
        digest.update(encoded, 0, length);
        Hash leaf = Hash.wrap(digest.digest());
        AuditRecord record = new AuditRecord(index, entry, head, hash, leaf);
        store.append(record);
        // only after the store accepted it: a failed append changes nothing
        head = hash;
        addLeaf(leaf);
        return record;
    }

    @Override
    public AuditRecord record(String actor, String action, String target, AuditOutcome outcome,
                              Map<String, String> details) {
        return append(new AuditEntry(clock.instant(), actor, action, target, outcome, details));
    }

    private void addLeaf(Hash leaf) {
        leafHashes.add(leaf);
        rangeHashes[rangeCount] = leaf;
        rangeSizes[rangeCount] = 1;
        rangeCount++;
        while (rangeCount >= 2 && rangeSizes[rangeCount - 1] == rangeSizes[rangeCount - 2]) {
            Hash merged = MerkleTree.nodeHash(digest, rangeHashes[rangeCount - 2], rangeHashes[rangeCount - 1]);
            rangeCount--;
            rangeHashes[rangeCount - 1] = merged;
            rangeSizes[rangeCount - 1] *= 2;
            rangeHashes[rangeCount] = null;
        }
    }

    @Override
    public synchronized long size() {
        return leafHashes.size();
    }

    @Override
    public Optional<AuditRecord> get(long index) {
        Checks.notNegative(index, "index");
        List<AuditRecord> one = store.read(index, 1);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    @Override
    public List<AuditRecord> query(AuditQuery query) {
        Checks.notNull(query, "query");
        List<AuditRecord> result = new ArrayList<>();
        long position = 0;
        while (true) {
            List<AuditRecord> page = store.read(position, PAGE);
            if (page.isEmpty()) {
                return List.copyOf(result);
            }
            for (AuditRecord r : page) {
                if (query.matches(r.entry())) {
                    result.add(r);
                }
            }
            position += page.size();
        }
    }

    @Override
    public synchronized Checkpoint checkpoint() {
        return new Checkpoint(leafHashes.size(), currentRoot(), head);
    }

    private Hash currentRoot() {
        if (rangeCount == 0) {
            return MerkleTree.root(List.of());
        }
        Hash root = rangeHashes[rangeCount - 1];
        for (int i = rangeCount - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(digest, rangeHashes[i], root);
        }
        return root;
    }

    @Override
    public synchronized Hash rootHash(long size) {
        Checks.require(size >= 0 && size <= leafHashes.size(), "size",
                "must be in [0, " + leafHashes.size() + "], was " + size);
        if (size == leafHashes.size()) {
            return currentRoot();
        }
        return MerkleTree.root(leafHashes, (int) size);
    }

    @Override
    public synchronized List<Hash> inclusionProof(long index, long treeSize) {
        Checks.require(treeSize >= 1 && treeSize <= leafHashes.size(), "treeSize",
                "must be in [1, " + leafHashes.size() + "], was " + treeSize);
        return MerkleTree.inclusionProof(leafHashes, (int) Checks.notNegative(index, "index"), (int) treeSize);
    }

    @Override
    public synchronized List<Hash> consistencyProof(long oldSize, long newSize) {
        Checks.require(newSize >= 1 && newSize <= leafHashes.size(), "newSize",
                "must be in [1, " + leafHashes.size() + "], was " + newSize);
        return MerkleTree.consistencyProof(leafHashes, (int) oldSize, (int) newSize);
    }

    @Override
    public VerificationResult verify() {
        Checkpoint own = checkpoint();
        VerificationResult result = verify(own);
        if (result.valid() && store.size() != own.size()) {
            return report(VerificationResult.bad(store.size(), own.size(),
                    "store holds " + store.size() + " records but this log wrote " + own.size()));
        }
        return result;
    }

    @Override
    public VerificationResult verify(Checkpoint trusted) {
        Checks.notNull(trusted, "trusted");
        Encoder localEncoder = new Encoder();
        MessageDigest md = MerkleTree.sha256();
        List<Hash> leaves = new ArrayList<>();
        Hash previous = Hash.ZERO;
        long position = 0;
        while (true) {
            List<AuditRecord> page = store.read(position, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (AuditRecord r : page) {
                Optional<String> problem = check(r, position, previous, localEncoder, md);
                if (problem.isPresent()) {
                    return report(VerificationResult.bad(position + 1, position, problem.get()));
                }
                if (position < trusted.size()) {
                    leaves.add(r.leafHash());
                }
                previous = r.hash();
                if (position == trusted.size() - 1 && !previous.equals(trusted.headHash())) {
                    return report(VerificationResult.bad(position + 1, position,
                            "chain hash differs from the checkpoint's head (entries up to here were rewritten)"));
                }
                position++;
            }
        }
        if (position < trusted.size()) {
            return report(VerificationResult.bad(position, position, "truncated: store holds " + position
                    + " records, the checkpoint covers " + trusted.size()));
        }
        if (!MerkleTree.root(leaves).equals(trusted.rootHash())) {
            return report(VerificationResult.bad(position, Math.max(0, trusted.size() - 1),
                    "Merkle root differs from the checkpoint's"));
        }
        return VerificationResult.ok(position);
    }

    private static VerificationResult report(VerificationResult result) {
        LOG.warn("audit log verification failed at index {}: {}", result.firstBadIndex().orElse(-1L),
                result.reason());
        return result;
    }

    private Optional<String> check(AuditRecord r, long position, Hash previous) {
        return check(r, position, previous, new Encoder(), MerkleTree.sha256());
    }

    private static Optional<String> check(AuditRecord r, long position, Hash previous, Encoder encoder,
                                          MessageDigest md) {
        if (r.index() != position) {
            return Optional.of("record at position " + position + " claims index " + r.index()
                    + " (deleted, inserted or reordered)");
        }
        if (!r.previousHash().equals(previous)) {
            return Optional.of("previous hash does not link to the record before (deleted, inserted or reordered)");
        }
        byte[] encoded = encoder.encode(r.index(), r.entry());
        md.update(previous.unsafeBytes());
        md.update(encoded, 0, encoder.length());
        if (!MessageDigest.isEqual(md.digest(), r.hash().unsafeBytes())) {
            return Optional.of("chain hash does not match the entry (modified)");
        }
        md.update((byte) 0);
        md.update(encoded, 0, encoder.length());
        if (!MessageDigest.isEqual(md.digest(), r.leafHash().unsafeBytes())) {
            return Optional.of("leaf hash does not match the entry (modified)");
        }
        return Optional.empty();
    }

    /**
     * The canonical encoding of (index, entry): a version byte, the index, the time as epoch seconds and nanos,
     * then actor, action, target, outcome name and the details sorted by key, every string as its UTF-8 length
     * and bytes. Unambiguous, so two different entries never share an encoding.
     */
    static final class Encoder {
        private byte[] buffer = new byte[256];
        private int length;

        byte[] encode(long index, AuditEntry e) {
            length = 0;
            putByte(ENCODING_VERSION);
            putLong(index);
            putLong(e.time().getEpochSecond());
            putInt(e.time().getNano());
            putString(e.actor());
            putString(e.action());
            putString(e.target());
            putString(e.outcome().name());
            putInt(e.details().size());
            for (Map.Entry<String, String> d : e.details().entrySet()) {
                putString(d.getKey());
                putString(d.getValue());
            }
            return buffer;
        }

        int length() {
            return length;
        }

        private void ensure(int extra) {
            if (length + extra > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
            }
        }

        private void putByte(byte b) {
            ensure(1);
            buffer[length++] = b;
        }

        private void putInt(int v) {
            ensure(4);
            buffer[length++] = (byte) (v >>> 24);
            buffer[length++] = (byte) (v >>> 16);
            buffer[length++] = (byte) (v >>> 8);
            buffer[length++] = (byte) v;
        }

        private void putLong(long v) {
            putInt((int) (v >>> 32));
            putInt((int) v);
        }

        private void putString(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            putInt(bytes.length);
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }
    }
}
