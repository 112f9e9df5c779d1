package org.itm.flink.sla.internal;

import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.itm.core.notify.Notification;
import org.itm.core.outbox.Outbox;
import org.itm.core.store.StaleVersionException;
import org.itm.flink.sla.BreachOutbox;
import org.itm.flink.sla.SlaStreams;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records one outbox entry per breach, keyed by the breach's idempotency key: results that repeat a breach
 * (later events of a breached ticket, records replayed after a restore from a checkpoint) find the key recorded
 * and change nothing, so every breach is recorded exactly once however often Flink replays it.
 */
public final class BreachOutboxSink implements Sink<SlaResult> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(BreachOutboxSink.class);

    private final BreachOutbox target;

    public BreachOutboxSink(BreachOutbox target) {
        this.target = target;
    }

    @Override
    public SinkWriter<SlaResult> createWriter(WriterInitContext context) {
        Outbox outbox = Outbox.create(target.store());
        return new SinkWriter<>() {
            @Override
            public void write(SlaResult r, Context context) {
                if (r.status() != SlaStatus.BREACHED) {
                    return;
                }
                String key = SlaStreams.breachKey(r);
                if (outbox.find(key).isPresent()) {
                    return;
                }
                Notification n = Notification.builder(target.notificationOf(r, key)).idempotencyKey(key).build();
                try {
                    outbox.store().write(List.of(outbox.enqueue(target.notifier(), n, r.evaluatedAt())));
                } catch (StaleVersionException e) {
                    // recorded meanwhile by a replay on another attempt: the key is there, as wanted
                    LOG.debug("breach {} already recorded", key);
                }
            }

            @Override
            public void flush(boolean endOfInput) {
                // every write went to the store at once
            }

            @Override
            public void close() {
            }
        };
    }
}
