package org.itm.risk.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.itm.core.validation.Checks;

/**
 * RFC 6962 / RFC 9162 Merkle tree hashing over a list of leaf hashes: leaf = SHA-256(0x00‖data),
 * node = SHA-256(0x01‖left‖right), with audit (inclusion) and consistency proofs and their verification.
 *
 * <p>Pure functions; the {@code leafHashes} lists are read, never modified.
 *
 * @since 0.1
 */
public final class MerkleTree {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleTree() {
    }

    /**
     * The RFC 6962 leaf hash, SHA-256(0x00‖data).
     *
     * @param data the leaf's bytes, e.g. a canonical record encoding; may be empty
     * @return the leaf hash
     * @throws org.itm.core.ItmValidationException naming {@code data} when null
     */
    public static Hash leafHash(byte[] data) {
        Checks.notNull(data, "data");
        MessageDigest md = sha256();
        md.update(LEAF_PREFIX);
        md.update(data);
        return Hash.wrap(md.digest());
    }

    /**
     * The RFC 6962 interior node hash, SHA-256(0x01‖left‖right).
     *
     * @param left  the left child's hash
     * @param right the right child's hash
     * @return the node hash
     * @throws org.itm.core.ItmValidationException naming {@code left} or {@code right} when null
     */
    public static Hash nodeHash(Hash left, Hash right) {
        Checks.notNull(left, "left");
        Checks.notNull(right, "right");
        return nodeHash(sha256(), left, right);
    }

    static Hash nodeHash(MessageDigest md, Hash left, Hash right) {
        md.update(NODE_PREFIX);
        md.update(left.unsafeBytes());
        md.update(right.unsafeBytes());
        return Hash.wrap(md.digest());
    }

    /**
     * @param data the raw leaf inputs, in leaf order; may be empty
     * @return the tree head over their leaf hashes; SHA-256 of the empty string for no leaves
     * @throws org.itm.core.ItmValidationException naming {@code data} when null
     */
    public static Hash rootOfData(List<byte[]> data) {
        Checks.notNull(data, "data");
        List<Hash> leaves = new ArrayList<>(data.size());
        for (byte[] d : data) {
            leaves.add(leafHash(d));
        }
        return root(leaves);
    }

    /**
     * @param leafHashes the leaf hashes, in leaf order; may be empty
     * @return the tree head; SHA-256 of the empty string for no leaves
     * @throws org.itm.core.ItmValidationException naming {@code leafHashes} when null
     */
    public static Hash root(List<Hash> leafHashes) {
        Checks.notNull(leafHashes, "leafHashes");
        if (leafHashes.isEmpty()) {
            return Hash.wrap(sha256().digest());
        }
        return subtree(sha256(), leafHashes, 0, leafHashes.size());
    }

    /**
     * @param leafHashes the leaf hashes, in leaf order
     * @param size       how many leading leaves form the tree, 0 to {@code leafHashes.size()}
     * @return the tree head of the first {@code size} leaves
     * @throws org.itm.core.ItmValidationException naming {@code size} when outside 0 to {@code leafHashes.size()}
     */
    public static Hash root(List<Hash> leafHashes, int size) {
        checkSize(leafHashes, size, "size");
        return root(leafHashes.subList(0, size));
    }

    /**
     * The audit path (RFC 6962 PATH) proving that leaf {@code index} is in the tree of the first {@code treeSize}
     * leaves.
     *
     * @param leafHashes the leaf hashes, in leaf order
     * @param index      the leaf, 0 to {@code treeSize - 1}
     * @param treeSize   how many leading leaves form the tree, 1 to {@code leafHashes.size()}
     * @return the sibling hashes from the leaf up; empty for a one-leaf tree
     * @throws org.itm.core.ItmValidationException naming {@code treeSize} or {@code index} when out of range
     */
    public static List<Hash> inclusionProof(List<Hash> leafHashes, int index, int treeSize) {
        checkSize(leafHashes, treeSize, "treeSize");
        Checks.require(index >= 0 && index < treeSize, "index", "must be in [0, " + treeSize + "), was " + index);
        List<Hash> proof = new ArrayList<>();
        path(sha256(), leafHashes, index, 0, treeSize, proof);
        return Collections.unmodifiableList(proof);
    }

    /**
     * The consistency proof (RFC 6962 PROOF) that the tree of {@code oldSize} leaves is a prefix of the tree of
     * {@code newSize}.
     *
     * @param leafHashes the leaf hashes, in leaf order
     * @param oldSize    the earlier tree's size, 1 to {@code newSize}
     * @param newSize    the later tree's size, 1 to {@code leafHashes.size()}
     * @return the proof hashes; empty when the sizes are equal
     * @throws org.itm.core.ItmValidationException naming {@code newSize} or {@code oldSize} when out of range
     */
    public static List<Hash> consistencyProof(List<Hash> leafHashes, int oldSize, int newSize) {
        checkSize(leafHashes, newSize, "newSize");
        Checks.require(oldSize > 0 && oldSize <= newSize, "oldSize",
                "must be in [1, " + newSize + "], was " + oldSize);
        List<Hash> proof = new ArrayList<>();
        subproof(sha256(), leafHashes, oldSize, 0, newSize, true, proof);
        return Collections.unmodifiableList(proof);
    }

    /**
     * Verifies an inclusion proof (RFC 9162 section 2.1.3.2), e.g. one from {@link AuditLog#inclusionProof}.
     *
     * @param leafHash the hash of the leaf claimed to be in the tree ({@link AuditRecord#leafHash()})
     * @param index    the leaf's claimed position
     * @param treeSize the size of the tree the proof was made for
     * @param proof    the audit path
     * @param root     the trusted tree head of that size, e.g. from a {@link Checkpoint}
     * @return true when the proof shows the leaf at {@code index} under {@code root}; false for any mismatch or
     *         an {@code index} outside 0 to {@code treeSize - 1}
     * @throws org.itm.core.ItmValidationException naming {@code leafHash}, {@code proof} or {@code root} when null
     */
    public static boolean verifyInclusion(Hash leafHash, long index, long treeSize, List<Hash> proof, Hash root) {
        Checks.notNull(leafHash, "leafHash");
        Checks.notNull(proof, "proof");
        Checks.notNull(root, "root");
        if (index < 0 || index >= treeSize) {
            return false;
        }
        MessageDigest md = sha256();
        long fn = index;
        long sn = treeSize - 1;
        Hash r = leafHash;
        for (Hash p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(md, p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(md, r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && r.equals(root);
    }

    /**
     * Verifies a consistency proof (RFC 9162 section 2.1.4.2), e.g. one from {@link AuditLog#consistencyProof}.
     *
     * @param oldSize the earlier tree's size
     * @param newSize the later tree's size
     * @param oldRoot the trusted head of the earlier tree
     * @param newRoot the head of the later tree
     * @param proof   the proof hashes
     * @return true when the earlier tree is a prefix of the later one; false for any mismatch or an
     *         {@code oldSize} outside 1 to {@code newSize}
     * @throws org.itm.core.ItmValidationException naming {@code oldRoot}, {@code newRoot} or {@code proof} when null
     */
    public static boolean verifyConsistency(long oldSize, long newSize, Hash oldRoot, Hash newRoot, List<Hash> proof) {
        Checks.notNull(oldRoot, "oldRoot");
        Checks.notNull(newRoot, "newRoot");
        Checks.notNull(proof, "proof");
        if (oldSize <= 0 || oldSize > newSize) {
            return false;
        }
        if (oldSize == newSize) {
            return proof.isEmpty() && oldRoot.equals(newRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<Hash> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(oldSize) == 1) {
            path.add(oldRoot);
        }
        path.addAll(proof);
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        MessageDigest md = sha256();
        Hash fr = path.get(0);
        Hash sr = path.get(0);
        for (Hash c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(md, c, fr);
                sr = nodeHash(md, c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(md, sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return fr.equals(oldRoot) && sr.equals(newRoot) && sn == 0;
    }

    private static Hash subtree(MessageDigest md, List<Hash> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        Hash left = subtree(md, leaves, from, from + k);
        Hash right = subtree(md, leaves, from + k, to);
        return nodeHash(md, left, right);
    }

    private static void path(MessageDigest md, List<Hash> leaves, int m, int from, int to, List<Hash> out) {
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(md, leaves, m, from, from + k, out);
            out.add(subtree(md, leaves, from + k, to));
        } else {
            path(md, leaves, m - k, from + k, to, out);
            out.add(subtree(md, leaves, from, from + k));
        }
    }

    private static void subproof(MessageDigest md, List<Hash> leaves, int m, int from, int to, boolean complete,
                                 List<Hash> out) {
        int n = to - from;
        if (m == n) {
            if (!complete) {
                out.add(subtree(md, leaves, from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(md, leaves, m, from, from + k, complete, out);
            out.add(subtree(md, leaves, from + k, to));
        } else {
            subproof(md, leaves, m - k, from + k, to, false, out);
            out.add(subtree(md, leaves, from, from + k));
        }
    }

    /** The largest power of two strictly smaller than {@code n} (n ≥ 2). */
    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static void checkSize(List<Hash> leafHashes, int size, String field) {
        Checks.notNull(leafHashes, "leafHashes");
        Checks.require(size >= 0 && size <= leafHashes.size(), field,
                "must be in [0, " + leafHashes.size() + "], was " + size);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
