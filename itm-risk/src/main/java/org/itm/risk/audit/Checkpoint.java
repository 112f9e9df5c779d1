package org.itm.risk.audit;

import org.itm.core.validation.Checks;

/**
 * A signed-tree-head style summary of the log at some size: keep it outside the store (or publish it) and later
 * {@link AuditLog#verify(Checkpoint)} proves the store still holds exactly those entries, untruncated.
 *
 * @param size     number of entries covered
 * @param rootHash Merkle tree head of those entries
 * @param headHash chain hash of the last covered entry ({@link Hash#ZERO} when empty)
 * @since 0.1
 */
public record Checkpoint(long size, Hash rootHash, Hash headHash) {

    /**
     * Checks the components.
     *
     * @param size     number of entries covered
     * @param rootHash Merkle tree head of those entries
     * @param headHash chain hash of the last covered entry ({@link Hash#ZERO} when empty)
     * @throws org.itm.core.ItmValidationException naming {@code size} when negative; {@code rootHash} or
     *                                             {@code headHash} when null
     */
    public Checkpoint {
        Checks.notNegative(size, "size");
        Checks.notNull(rootHash, "rootHash");
        Checks.notNull(headHash, "headHash");
    }
}
