package org.itm.risk.audit;

import org.itm.core.validation.Checks;

/**
 * An entry as stored in the log: its position, the chain hash of the previous record, its own chain hash
 * (SHA-256 over the previous hash and the canonical encoding of index and entry) and its Merkle leaf hash.
 *
 * @param index        position in the log, from 0
 * @param entry        the audited event
 * @param previousHash chain hash of record {@code index - 1}, {@link Hash#ZERO} for the first
 * @param hash         this record's chain hash
 * @param leafHash     SHA-256(0x00‖canonical encoding), the record's Merkle leaf
 * @since 0.1
 */
public record AuditRecord(long index, AuditEntry entry, Hash previousHash, Hash hash, Hash leafHash) {

    /**
     * Checks the components.
     *
     * @param index        position in the log, from 0
     * @param entry        the audited event
     * @param previousHash chain hash of record {@code index - 1}, {@link Hash#ZERO} for the first
     * @param hash         this record's chain hash
     * @param leafHash     SHA-256(0x00‖canonical encoding), the record's Merkle leaf
     * @throws org.itm.core.ItmValidationException naming {@code index} when negative; {@code entry},
     *                                             {@code previousHash}, {@code hash} or {@code leafHash} when null
     */
    public AuditRecord {
        Checks.notNegative(index, "index");
        Checks.notNull(entry, "entry");
        Checks.notNull(previousHash, "previousHash");
        Checks.notNull(hash, "hash");
        Checks.notNull(leafHash, "leafHash");
    }
}
