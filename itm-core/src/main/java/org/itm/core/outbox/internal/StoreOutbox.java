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
    public Repository<OutboxEntry> entries() {
        return entries;
    }
}
