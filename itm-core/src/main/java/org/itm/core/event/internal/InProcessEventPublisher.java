package org.itm.core.event.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.itm.core.event.DeliveryFailure;
import org.itm.core.event.DomainEvent;
import org.itm.core.event.DomainEventPublisher;
import org.itm.core.event.DomainEventSubscriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Synchronous publisher; failures are caught per subscriber, logged and kept in a bounded buffer. */
public final class InProcessEventPublisher implements DomainEventPublisher {

    public static final int DEFAULT_FAILURE_CAPACITY = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(InProcessEventPublisher.class);

    private final List<Entry> subscribers = new CopyOnWriteArrayList<>();
    private final Deque<DeliveryFailure> failures = new ArrayDeque<>();
    private final int failureCapacity;

    public InProcessEventPublisher(int failureCapacity) {
        this.failureCapacity = failureCapacity;
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        for (Entry entry : subscribers) {
            try {
                if (entry.filter.test(event)) {
                    entry.subscriber.onEvent(event);
                }
            } catch (Exception | LinkageError | AssertionError e) {
                LOG.warn("subscriber {} failed on event {} ({}): {}", entry.subscriber, event.id(), event.type(),
                        e.toString());
                record(new DeliveryFailure(event, String.valueOf(entry.subscriber),
                        e.getClass().getName() + ": " + e.getMessage()));
            }
        }
    }

    private synchronized void record(DeliveryFailure failure) {
        if (failures.size() == failureCapacity) {
            failures.removeFirst();
        }
        failures.addLast(failure);
    }

    @Override
    public Subscription subscribe(Predicate<DomainEvent> filter, DomainEventSubscriber subscriber) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(subscriber, "subscriber");
        Entry entry = new Entry(filter, subscriber);
        subscribers.add(entry);
        return () -> subscribers.remove(entry);
    }

    @Override
    public synchronized List<DeliveryFailure> failures() {
        return List.copyOf(failures);
    }

    private record Entry(Predicate<DomainEvent> filter, DomainEventSubscriber subscriber) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
