/**
 * Transactional outbox: a side effect (a notification to deliver) is stored as an {@link org.itm.core.outbox.OutboxEntry}
 * in the same atomic {@link org.itm.core.store.DocumentStore#write(java.util.List) batch} as the state change that
 * decided it, then delivered at least once by an {@link org.itm.core.outbox.OutboxDispatcher} that the embedding
 * application runs. Each entry carries an idempotency key that travels with the notification, so a notifier that
 * honours keys turns "at least once" into "exactly once".
 */
@NullMarked
package org.itm.core.outbox;

import org.jspecify.annotations.NullMarked;
