package org.itm.risk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static final List<String> LEAVES_HEX = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    private static List<byte[]> data(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(HexFormat.of().parseHex(LEAVES_HEX.get(i)));
        }
        return out;
    }

    private static List<Hash> leafHashes(int n) {
        return data(n).stream().map(MerkleTree::leafHash).toList();
    }

    @Test
    void rootsOfTheIssueTestVectors() {
        assertThat(MerkleTree.rootOfData(data(3)).hex())
                .isEqualTo("aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77");
        assertThat(MerkleTree.rootOfData(data(7)).hex())
                .isEqualTo("ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c");
        assertThat(MerkleTree.rootOfData(data(8)).hex())
                .isEqualTo("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
    }

    @Test
    void emptyTreeHeadIsTheHashOfTheEmptyString() {
        assertThat(MerkleTree.root(List.of()).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void auditLogOverTheIssueLeavesHasTheSameRoots() {
        // the log's own leaves are its canonical encodings, so compare the tree arithmetic on leaf hashes instead
        List<Hash> leaves = leafHashes(8);
        assertThat(MerkleTree.root(leaves, 3).hex())
                .isEqualTo("aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77");
        assertThat(MerkleTree.root(leaves, 7).hex())
                .isEqualTo("ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c");
    }

    @Test
    void inclusionProofOfRfcExampleHasExpectedShape() {
        List<Hash> leaves = leafHashes(7);
        // leaf 3 of 7 (RFC 6962 example "d"): path c, g(a,b), k
        List<Hash> proof = MerkleTree.inclusionProof(leaves, 3, 7);
        assertThat(proof).hasSize(3);
        assertThat(proof.get(0)).isEqualTo(leaves.get(2));
        assertThat(proof.get(1)).isEqualTo(MerkleTree.nodeHash(leaves.get(0), leaves.get(1)));
        assertThat(MerkleTree.verifyInclusion(leaves.get(3), 3, 7, proof, MerkleTree.root(leaves))).isTrue();
    }

    @Test
    void consistencyProofOfRfcExampleHasExpectedShape() {
        List<Hash> leaves = leafHashes(7);
        // RFC 6962 2.1.3: PROOF(3, D[7]) = [c, d, g, l]
        List<Hash> proof = MerkleTree.consistencyProof(leaves, 3, 7);
        assertThat(proof).hasSize(4);
        assertThat(proof.get(0)).isEqualTo(leaves.get(2));
        assertThat(proof.get(1)).isEqualTo(leaves.get(3));
        assertThat(MerkleTree.verifyConsistency(3, 7, MerkleTree.root(leaves, 3), MerkleTree.root(leaves), proof))
                .isTrue();
        // PROOF(4, D[7]) = [l] only: the old tree is a complete subtree
        assertThat(MerkleTree.consistencyProof(leaves, 4, 7)).hasSize(1);
    }

    @Property(tries = 200)
    void everyInclusionProofVerifiesAndATamperedOneDoesNot(@ForAll @IntRange(min = 1, max = 70) int size,
                                                          @ForAll @IntRange(min = 0, max = 69) int rawIndex) {
        int index = rawIndex % size;
        List<Hash> leaves = syntheticLeaves(size);
        Hash root = MerkleTree.root(leaves);
        List<Hash> proof = MerkleTree.inclusionProof(leaves, index, size);
        assertThat(MerkleTree.verifyInclusion(leaves.get(index), index, size, proof, root)).isTrue();
        assertThat(MerkleTree.verifyInclusion(MerkleTree.leafHash(new byte[] {9, 9}), index, size, proof, root))
                .isFalse();
        if (size > 1) {
            assertThat(MerkleTree.verifyInclusion(leaves.get(index), (index + 1) % size, size, proof, root)).isFalse();
        }
    }

    @Property(tries = 200)
    void everyConsistencyProofVerifiesAndAForkedOldTreeDoesNot(@ForAll @IntRange(min = 1, max = 70) int newSize,
                                                              @ForAll @IntRange(min = 1, max = 70) int rawOld) {
        int oldSize = 1 + (rawOld - 1) % newSize;
        List<Hash> leaves = syntheticLeaves(newSize);
        List<Hash> proof = MerkleTree.consistencyProof(leaves, oldSize, newSize);
        Hash oldRoot = MerkleTree.root(leaves, oldSize);
        Hash newRoot = MerkleTree.root(leaves);
        assertThat(MerkleTree.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof)).isTrue();
        List<Hash> forked = new ArrayList<>(leaves.subList(0, oldSize));
        forked.set(oldSize - 1, MerkleTree.leafHash(new byte[] {7}));
        assertThat(MerkleTree.verifyConsistency(oldSize, newSize, MerkleTree.root(forked), newRoot, proof))
                .isFalse();
    }

    private static List<Hash> syntheticLeaves(int n) {
        List<Hash> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(MerkleTree.leafHash(new byte[] {(byte) i, (byte) (i >> 8)}));
        }
        return leaves;
    }
}
