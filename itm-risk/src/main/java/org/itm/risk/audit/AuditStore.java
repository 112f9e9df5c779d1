package org.itm.risk.audit;

import java.util.List;
import org.itm.core.store.DocumentStore;
import org.itm.risk.audit.internal.DocumentAuditStore;
import org.itm.risk.audit.internal.InMemoryAuditStore;

/**
 * Where an {@link AuditLog} keeps its records. Append-only by contract; the log never trusts it — every read is
 * re-verified by {@link AuditLog#verify()}.
 *
 * <p>Contract: {@link #append} stores the record so that {@link #read} returns it at position
 * {@code record.index()}; {@link #size} is the number of records; {@link #read} returns records in position
 * order. Implementations must be safe for one writer and concurrent readers.
 */
public interface AuditStore {

    /** Persists {@code record} after the current last one. */
    void append(AuditRecord record);

    /** Number of stored records. */
    long size();

    /** Up to {@code max} records from position {@code from} on, in order (empty past the end). */
    List<AuditRecord> read(long from, int max);

    /** A store in memory (lost with the process); the default for tests and embedded use. */
    static AuditStore inMemory() {
        return new InMemoryAuditStore();
    }

    /**
     * A store persisting through the core storage SPI, under {@code logName} (several logs can share one
     * document store). Appends are atomic with the log's size, so a second writer cannot fork the chain.
     */
    static AuditStore of(DocumentStore store, String logName) {
        return new DocumentAuditStore(store, logName);
    }
}
