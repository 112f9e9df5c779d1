package org.itm.core.outbox.internal;

import java.time.Instant;
import java.util.Optional;
import org.itm.core.notify.Notification;
import org.itm.core.outbox.Outbox;
import org.itm.core.outbox.OutboxEntry;
import org.itm.core.outbox.OutboxStatus;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;

/** {@link Outbox} as a {@link Repository} of {@link OutboxEntry} keyed by the hash of the idempotency key. */
public final class StoreOutbox implements Outbox {

    private final DocumentStore store;
    private final Repository<OutboxEntry> entries;

    public StoreOutbox(DocumentStore store) {
        this.store = Checks.notNull(store, "store");
        this.entries = Repository.builder(OutboxEntry.class, TYPE)
                .id(e -> OutboxEntry.documentId(e.idempotencyKey()))
                .index("status", e -> e.status().name())
                .index("notifier", OutboxEntry::notifier)
                .build(store);
    }

    @Override
    public DocumentStore store() {
        return store;
    }

    @Override
    public Write.Create enqueue(String notifier, Notification notification, Instant now) {
        return entries.toCreate(OutboxEntry.pending(notifier, notification, now));
    }

    @Override
    public Optional<Versioned<OutboxEntry>> find(String idempotencyKey) {
        return entries.get(OutboxEntry.documentId(Checks.notBlank(idempotencyKey, "idempotencyKey")));
    }

    @Override
    public Page<Versioned<OutboxEntry>> withStatus(OutboxStatus status, int pageSize, Optional<String> pageToken) {
        Checks.notNull(status, "status");
        Checks.notNull(pageToken, "pageToken");
        Query q = entries.query().where("status", status.name()).withPageSize(pageSize);
        return entries.find(pageToken.map(q::after).orElse(q));
    }

    @Override
    public int purgeSent(Instant sentBefore) {
        Checks.notNull(sentBefore, "sentBefore");
        int deleted = 0;
        Query sent = entries.query().where("status", OutboxStatus.SENT.name());
        Optional<String> token = Optional.empty();
        do {
            Page<Versioned<OutboxEntry>> page = entries.find(token.map(sent::after).orElse(sent));
            for (Versioned<OutboxEntry> v : page.items()) {
                if (v.value().nextAttemptAt().isBefore(sentBefore)) {
                    try {
                        entries.delete(OutboxEntry.documentId(v.value().idempotencyKey()), v.version());
                        deleted++;
                    } catch (StaleVersionException e) {
                        // deleted by another purge meanwhile; a sent entry changes in no other way
                    }
                }
            }
            token = page.nextPageToken();
        } while (token.isPresent());
        return deleted;
    }

    @Override
    public Repository<OutboxEntry> entries() {
        return entries;
    }
}
