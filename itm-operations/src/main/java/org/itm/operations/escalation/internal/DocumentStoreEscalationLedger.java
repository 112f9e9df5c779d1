package org.itm.operations.escalation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.itm.core.outbox.Outbox;
import org.itm.core.outbox.OutboxStatus;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.DocumentIds;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;
import org.itm.operations.escalation.EscalationRecord;
import org.itm.operations.escalation.StoredEscalationLedger;

/**
 * {@link StoredEscalationLedger} as two repositories. Fired keys are also remembered in memory: a key never stops
 * having fired, so after the first check a per-minute evaluation costs no store round trip for it.
 */
public final class DocumentStoreEscalationLedger implements StoredEscalationLedger {

    /** Attempts of {@link #fire} when the ticket's level keeps changing under it. */
    private static final int MAX_ATTEMPTS = Repository.MAX_MODIFY_ATTEMPTS;

    /** A ticket's escalation level, the highest any of its escalations raised it to. */
    public record TicketLevel(String ticketId, int level) {
        public TicketLevel {
            Checks.notBlank(ticketId, "ticketId");
            Checks.notNegative(level, "level");
        }
    }

    private final Outbox outbox;
    private final Repository<EscalationRecord> records;
    private final Repository<TicketLevel> levels;
    private final Set<String> knownFired = ConcurrentHashMap.newKeySet();

    public DocumentStoreEscalationLedger(Outbox outbox) {
        this.outbox = Checks.notNull(outbox, "outbox");
        this.records = recordsIn(outbox);
        this.levels = Repository.builder(TicketLevel.class, LEVEL_TYPE)
                .id(l -> DocumentIds.forKey(l.ticketId()))
                .build(outbox.store());
    }

    private static Repository<EscalationRecord> recordsIn(Outbox outbox) {
        return Repository.builder(EscalationRecord.class, RECORD_TYPE)
                .id(r -> DocumentIds.forKey(r.key()))
                .index("ticket", EscalationRecord::ticketId)
                .index("rule", EscalationRecord::ruleId)
                .index("scope", EscalationRecord::scope)
                .build(outbox.store());
    }

    /**
     * {@link StoredEscalationLedger#pendingInScope} over the records in {@code outbox}'s store.
     *
     * @param outbox    the ledger's outbox
     * @param scope     the scope
     * @param pageSize  escalations of the scope read per page
     * @param pageToken empty for the first page, else the previous page's token
     * @return the undelivered escalations among the page's
     */
    public static Page<EscalationRecord> pendingInScope(Outbox outbox, String scope, int pageSize,
            Optional<String> pageToken) {
        Checks.notNull(outbox, "outbox");
        return pendingInScope(outbox, recordsIn(outbox), scope, pageSize, pageToken);
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public Optional<Integer> fire(EscalationRecord record, int raiseTo, IntFunction<List<Write>> effects) {
        Checks.notNull(record, "record");
        Checks.notNegative(raiseTo, "raiseTo");
        Checks.notNull(effects, "effects");
        if (knownFired.contains(record.key())) {
            return Optional.empty();
        }
        String recordId = DocumentIds.forKey(record.key());
        String levelId = DocumentIds.forKey(record.ticketId());
        for (int attempt = 1; ; attempt++) {
            if (records.get(recordId).isPresent()) {
                knownFired.add(record.key());
                return Optional.empty();
            }
            Optional<Versioned<TicketLevel>> current = levels.get(levelId);
            int before = current.map(v -> v.value().level()).orElse(0);
            int after = Math.max(before, raiseTo);
            EscalationRecord stored = new EscalationRecord(record.key(), record.ticketId(), record.ruleId(),
                    record.scope(), record.dueAt(), record.firedAt(), after, record.notificationKey());
            List<Write> batch = new ArrayList<>();
            batch.add(records.toCreate(stored));
            if (after > before) {
                TicketLevel raised = new TicketLevel(record.ticketId(), after);
                batch.add(current.isPresent() ? levels.toUpdate(raised, current.get().version())
                        : levels.toCreate(raised));
            }
            batch.addAll(Checks.notNull(effects.apply(after), "effects result"));
            try {
                outbox.store().write(batch);
                knownFired.add(record.key());
                return Optional.of(after);
            } catch (StaleVersionException e) {
                // either the record was written by someone else (the next round sees it) or the level moved
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public int level(String ticketId) {
        Checks.notBlank(ticketId, "ticketId");
        return levels.get(DocumentIds.forKey(ticketId)).map(v -> v.value().level()).orElse(0);
    }

    @Override
    public Optional<EscalationRecord> find(String key) {
        Checks.notBlank(key, "key");
        return records.get(DocumentIds.forKey(key)).map(Versioned::value);
    }

    @Override
    public Page<EscalationRecord> fired(String ticketId, Optional<String> scope, int pageSize,
            Optional<String> pageToken) {
        Checks.notBlank(ticketId, "ticketId");
        Checks.notNull(scope, "scope");
        Checks.notNull(pageToken, "pageToken");
        Query q = records.query().where("ticket", ticketId).withPageSize(pageSize);
        if (scope.isPresent()) {
            q = q.where("scope", scope.get());
        }
        Page<Versioned<EscalationRecord>> page = records.find(pageToken.isPresent() ? q.after(pageToken.get()) : q);
        return new Page<>(page.items().stream().map(Versioned::value).toList(), page.nextPageToken());
    }

    @Override
    public List<EscalationRecord> pending(String ticketId, String scope) {
        Checks.notBlank(scope, "scope");
        Checks.notBlank(ticketId, "ticketId");
        return records.findAll(records.query().where("ticket", ticketId).where("scope", scope)).stream()
                .map(Versioned::value).filter(r -> undelivered(outbox, r)).toList();
    }

    @Override
    public Page<EscalationRecord> pendingInScope(String scope, int pageSize, Optional<String> pageToken) {
        return pendingInScope(outbox, records, scope, pageSize, pageToken);
    }

    private static Page<EscalationRecord> pendingInScope(Outbox outbox, Repository<EscalationRecord> records,
            String scope, int pageSize, Optional<String> pageToken) {
        Checks.notBlank(scope, "scope");
        Checks.notNull(pageToken, "pageToken");
        Query q = records.query().where("scope", scope).withPageSize(pageSize);
        Page<Versioned<EscalationRecord>> page = records.find(pageToken.isPresent() ? q.after(pageToken.get()) : q);
        return new Page<>(page.items().stream().map(Versioned::value).filter(r -> undelivered(outbox, r)).toList(),
                page.nextPageToken());
    }

    /** Has a notification whose outbox entry is not sent (pending or dead, or missing). */
    private static boolean undelivered(Outbox outbox, EscalationRecord r) {
        return r.notificationKey()
                .map(key -> !outbox.find(key).map(e -> e.value().status() == OutboxStatus.SENT).orElse(false))
                .orElse(false);
    }
}
