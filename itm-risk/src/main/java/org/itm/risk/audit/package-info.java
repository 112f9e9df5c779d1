/**
 * A tamper-evident audit log: entries chained by SHA-256 and summarised by an RFC 6962/9162 Merkle tree, with
 * inclusion and consistency proofs. Start with {@link org.itm.risk.audit.AuditLog#create(AuditStore, java.time.Clock)}.
 */
@NullMarked
package org.itm.risk.audit;

import org.jspecify.annotations.NullMarked;
