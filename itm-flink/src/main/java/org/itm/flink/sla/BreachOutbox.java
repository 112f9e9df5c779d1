package org.itm.flink.sla;

import java.io.Serializable;
import org.itm.core.notify.Notification;
import org.itm.core.store.DocumentStore;
import org.itm.operations.sla.SlaResult;

/**
 * Where {@link SlaStreams#breachSink} records breach notifications: an outbox in a document store that outlives
 * the job (a JDBC store, for instance), and the notification to record for a breach. Rebuilt on each Flink task;
 * every task and every restart must reach the same store.
 *
 * @since 0.1
 */
public interface BreachOutbox extends Serializable {

    /**
     * Opens the store that holds the outbox; called once per sink writer (one per parallel sink task and per
     * restart), on the task. The sink never closes it, so return a store whose lifetime is the JVM's, such as
     * one kept in a static holder.
     *
     * @return a durable store shared with the process that dispatches the outbox
     */
    DocumentStore store();

    /**
     * Names the notifier that will deliver the recorded notifications; the dispatcher looks it up by this name
     * (see {@link org.itm.core.outbox.OutboxDispatcher}).
     *
     * @return the name of a notifier known to the dispatcher, such as {@code "ops-webhook"}
     */
    String notifier();

    /**
     * Builds the notification to record for a breach; called at most once per breach on each task, on the task's
     * thread.
     *
     * @param breach a result whose status is {@code BREACHED}
     * @param idempotencyKey the breach's key, one per ticket, definition and clock cycle
     *                       ({@link SlaStreams#breachKey}); the sink sets it on the notification whatever this returns, so it may be ignored
     * @return the notification to deliver, for instance with the ticket and definition in its subject
     */
    Notification notificationOf(SlaResult breach, String idempotencyKey);
}
