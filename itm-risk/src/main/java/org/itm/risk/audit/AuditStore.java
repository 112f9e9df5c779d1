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
 *
 * @since 0.1
 */
public interface AuditStore {

    /**
     * Persists {@code record} after the current last one; on failure it throws and stores nothing.
     *
     * @param record the record, whose {@link AuditRecord#index()} equals {@link #size()}
     */
    void append(AuditRecord record);

    /** @return the number of stored records */
    long size();

    /**
     * @param from the first position read, 0 or more
     * @param max  the most records returned, 1 or more
     * @return up to {@code max} records from position {@code from} on, in order; empty past the end
     */
    List<AuditRecord> read(long from, int max);

    /** @return an empty store in memory (lost with the process); the default for tests and embedded use */
    static AuditStore inMemory() {
        return new InMemoryAuditStore();
    }

    /**
     * A store persisting through the core storage SPI, under {@code logName} (several logs can share one
     * document store). Appends are atomic with the log's size, so a second writer cannot fork the chain.
     *
     * @param store   the document store
     * @param logName the name of this log within the store, e.g. {@code changes}
     * @return the store; records already written under {@code logName} are kept
     */
    static AuditStore of(DocumentStore store, String logName) {
        return new DocumentAuditStore(store, logName);
    }
}
