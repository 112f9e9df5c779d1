package org.itm.core.outbox;

import java.time.Instant;
import java.util.Optional;
import org.itm.core.notify.Notification;
import org.itm.core.outbox.internal.StoreOutbox;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Page;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;

/**
 * The outbox over a {@link DocumentStore}: entries are documents of type {@value #TYPE}, indexed by status and
 * notifier, whose id is derived from the idempotency key, so one key is recorded once.
 *
 * <pre>{@code
 * Outbox outbox = Outbox.create(store);
 * Notification page = Notification.builder()...idempotencyKey("INC-7|sla-100|cycle1").build();
 * store.write(List.of(
 *         incidents.toUpdate(escalated, version),                   // the state change
 *         outbox.enqueue("ops-webhook", page, clock.instant())));   // and its effect, in one atomic batch
 * OutboxDispatcher.builder(outbox).notifier(webhook).clock(clock).build()
 *         .schedule(executor, Duration.ofSeconds(5));               // delivers it, at least once
 * }</pre>
 *
 * @since 0.1
 */
public interface Outbox {

    /** Document type of outbox entries. */
    String TYPE = "outbox";

    /**
     * The outbox in {@code store} (declares its type there).
     *
     * @param store where entries live; the same store as the state they belong to, so they can share a batch
     * @return the outbox
     * @throws org.itm.core.ItmValidationException if {@code store} is null
     */
    static Outbox create(DocumentStore store) {
        return new StoreOutbox(store);
    }

    /**
     * The store the entries live in.
     *
     * @return the store
     */
    DocumentStore store();

    /**
     * The write that records {@code notification} for delivery through {@code notifier}, for the caller to put in
     * the same batch as the state change that decided it. Writing it twice for one key conflicts with
     * {@link org.itm.core.store.StaleVersionException}, so a decision cannot be recorded twice.
     *
     * @param notifier     name of the notifier that will deliver it
     * @param notification the notification; must carry an idempotency key
     * @param now          when the decision was taken; the entry is due from then
     * @return the create of a {@link OutboxStatus#PENDING} entry
     * @throws org.itm.core.ItmValidationException if the notification has no idempotency key or an argument is bad
     */
    Write.Create enqueue(String notifier, Notification notification, Instant now);

    /**
     * The entry recorded under {@code idempotencyKey}, if any.
     *
     * @param idempotencyKey the key
     * @return the entry and its version
     */
    Optional<Versioned<OutboxEntry>> find(String idempotencyKey);

    /**
     * One page of the entries with {@code status}, in document-id order.
     *
     * @param status    the status
     * @param pageSize  1 to {@value org.itm.core.store.Query#MAX_PAGE_SIZE}
     * @param pageToken empty for the first page, else the previous page's token
     * @return the page
     */
    Page<Versioned<OutboxEntry>> withStatus(OutboxStatus status, int pageSize, Optional<String> pageToken);

    /**
     * Deletes the entries that were marked sent before {@code sentBefore}, to keep the outbox small; pending and
     * dead entries are kept. Once an entry is gone its idempotency key can be recorded again, so keep sent entries
     * for longer than a decision can be repeated (e.g. the retention of the ledger that decides them).
     *
     * @param sentBefore entries sent at or after it are kept
     * @return how many entries were deleted
     */
    int purgeSent(Instant sentBefore);

    /**
     * The typed repository underneath, for other queries (index fields {@code status} and {@code notifier}).
     *
     * @return the repository of entries
     */
    Repository<OutboxEntry> entries();
}
