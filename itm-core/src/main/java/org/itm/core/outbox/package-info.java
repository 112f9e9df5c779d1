/**
 * Transactional outbox: a side effect (a notification to deliver) is stored as an
 * {@link org.itm.core.outbox.OutboxEntry} in the same atomic
 * {@link org.itm.core.store.DocumentStore#write(java.util.List) batch} as the state change that decided it, then
 * delivered at least once by an {@link org.itm.core.outbox.OutboxDispatcher} that the embedding application runs.
 * Each entry carries an idempotency key that travels with the notification, so a notifier that honours keys turns
 * "at least once" into "exactly once".
 *
 * <p>The entry point is {@link org.itm.core.outbox.Outbox#create(org.itm.core.store.DocumentStore)} over the store
 * that holds the state; {@link org.itm.core.outbox.OutboxDispatcher#builder(Outbox)} makes the dispatcher, which
 * is drained with {@link org.itm.core.outbox.OutboxDispatcher#drainOnce()} or scheduled on an executor.
 *
 * <pre>{@code
 * import org.itm.core.notify.Notification;
 * import org.itm.core.notify.Notifier;
 * import org.itm.core.store.DocumentStore;
 * import org.itm.core.store.Write;
 * // given: DocumentStore store, Write stateChange, Notification page, Notifier pager, Clock clock
 *
 * Outbox outbox = Outbox.create(store);
 * store.write(List.of(stateChange,                             // the state change and its effect, atomically
 *         outbox.enqueue(pager.name(), page.withIdempotencyKey("INC-7|escalated|1"), clock.instant())));
 * OutboxDispatcher dispatcher = OutboxDispatcher.builder(outbox).notifier(pager).clock(clock).build();
 * DispatchReport report = dispatcher.drainOnce();   // sent 1, or retried 1 (later, same key) if the pager failed
 * }</pre>
 */
@NullMarked
package org.itm.core.outbox;

import org.jspecify.annotations.NullMarked;
