package org.itm.flink.sla;

import java.io.Serializable;
import org.itm.core.notify.Notification;
import org.itm.core.store.DocumentStore;
import org.itm.operations.sla.SlaResult;

/**
 * Where {@link SlaStreams#breachSink} records breach notifications: an outbox in a document store that outlives
 * the job (a JDBC store, for instance), and the notification to record for a breach. Rebuilt on each Flink task;
 * every task and every restart must reach the same store.
 */
public interface BreachOutbox extends Serializable {

    /** The store holding the outbox; opened once per sink writer and shared by its writes. */
    DocumentStore store();

    /** Name of the notifier that will deliver the notifications (see {@link org.itm.core.outbox.OutboxDispatcher}). */
    String notifier();

    /**
     * The notification of {@code breach}; the sink sets its idempotency key to {@code idempotencyKey} (one per
     * ticket, definition and clock cycle), whatever this returns.
     */
    Notification notificationOf(SlaResult breach, String idempotencyKey);
}
