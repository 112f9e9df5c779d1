package org.itm.risk.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itm.core.ItmException;
import org.itm.core.json.ItmJson;
import org.itm.core.store.Document;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;
import org.itm.risk.audit.AuditEntry;
import org.itm.risk.audit.AuditOutcome;
import org.itm.risk.audit.AuditRecord;
import org.itm.risk.audit.AuditStore;
import org.itm.risk.audit.Hash;

/**
 * An {@link AuditStore} over the core storage SPI. Each record is a document whose id is its zero-padded index;
 * a head document, written in the same atomic batch, holds the size as its version, so two writers can never
 * both append the same index (the second gets a conflict and nothing is written).
 */
public final class DocumentAuditStore implements AuditStore {

    static final String RECORD_TYPE = "itm-audit-record";
    static final String HEAD_TYPE = "itm-audit-head";
    static final String HEAD_ID = "head";

    private final DocumentStore store;
    private final String log;

    /** Persisted form of a record (hashes as hex). */
    public record Stored(long index, Instant time, String actor, String action, String target, AuditOutcome outcome,
                  Map<String, String> details, String previousHash, String hash, String leafHash) {
    }

    public DocumentAuditStore(DocumentStore store, String logName) {
        this.store = Checks.notNull(store, "store");
        this.log = Checks.id(logName, "logName");
        store.declare(RECORD_TYPE, Set.of("log", "actor", "target"));
        store.declare(HEAD_TYPE, Set.of());
    }

    private String recordId(long index) {
        return log + ":" + String.format("%019d", index);
    }

    private String headId() {
        return log + ":" + HEAD_ID;
    }

    @Override
    public void append(AuditRecord r) {
        Checks.notNull(r, "record");
        long size = size();
        Checks.require(r.index() == size, "record.index", "must be " + size + " (append-only), was " + r.index());
        AuditEntry e = r.entry();
        String json = ItmJson.toJson(new Stored(r.index(), e.time(), e.actor(), e.action(), e.target(), e.outcome(),
                e.details(), r.previousHash().hex(), r.hash().hex(), r.leafHash().hex()));
        Write.Create record = new Write.Create(RECORD_TYPE, recordId(r.index()),
                Map.of("log", log, "actor", e.actor(), "target", e.target()), json);
        String headJson = "{\"size\":" + (size + 1) + "}";
        Write head = size == 0
                ? new Write.Create(HEAD_TYPE, headId(), Map.of(), headJson)
                : new Write.Update(HEAD_TYPE, headId(), size, Map.of(), headJson);
        store.write(List.of(record, head));
    }

    @Override
    public long size() {
        return store.read(HEAD_TYPE, headId()).map(Document::version).orElse(0L);
    }

    @Override
    public List<AuditRecord> read(long from, int max) {
        Checks.notNegative(from, "from");
        Checks.positive(max, "max");
        long end = Math.min(size(), from + max);
        List<AuditRecord> out = new ArrayList<>();
        for (long i = from; i < end; i++) {
            Optional<Document> doc = store.read(RECORD_TYPE, recordId(i));
            if (doc.isEmpty()) {
                // a missing document is reported as the end of the log; AuditLog.verify() then names the gap
                break;
            }
            out.add(toRecord(doc.get()));
        }
        return List.copyOf(out);
    }

    private static AuditRecord toRecord(Document d) {
        Stored s = ItmJson.fromJson(d.json(), Stored.class);
        try {
            return new AuditRecord(s.index(), new AuditEntry(s.time(), s.actor(), s.action(), s.target(), s.outcome(),
                    s.details()), Hash.fromHex(s.previousHash()), Hash.fromHex(s.hash()), Hash.fromHex(s.leafHash()));
        } catch (RuntimeException e) {
            throw new ItmException("unreadable audit record " + d.id() + ": " + e.getMessage(), e);
        }
    }
}
