package org.itm.risk.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.itm.core.validation.Checks;
import org.itm.risk.audit.AuditRecord;
import org.itm.risk.audit.AuditStore;

/** The in-memory {@link AuditStore}: an array list guarded by a read-write discipline on {@code this}. */
public final class InMemoryAuditStore implements AuditStore {

    private final List<AuditRecord> records = new ArrayList<>();

    @Override
    public synchronized void append(AuditRecord record) {
        Checks.notNull(record, "record");
        Checks.require(record.index() == records.size(), "record.index",
                "must be " + records.size() + " (append-only), was " + record.index());
        records.add(record);
    }

    @Override
    public synchronized long size() {
        return records.size();
    }

    @Override
    public synchronized List<AuditRecord> read(long from, int max) {
        Checks.notNegative(from, "from");
        Checks.positive(max, "max");
        if (from >= records.size()) {
            return List.of();
        }
        int start = (int) from;
        int end = (int) Math.min(records.size(), from + max);
        return List.copyOf(records.subList(start, end));
    }
}
