package org.itm.core.event;

import java.util.List;
import java.util.function.Predicate;
import org.itm.core.event.internal.InProcessEventPublisher;

/**
 * Delivers domain events to subscribers. A subscriber that throws neither stops delivery to the others nor
 * disappears silently: the failure is logged and recorded in {@link #failures()}.
 *
 * @since 0.1
 */
public interface DomainEventPublisher {

    /**
     * Delivers {@code event} to every matching subscriber, in subscription order.
     *
     * @param event the event to deliver
     */
    void publish(DomainEvent event);

    /**
     * Delivers each event of {@code events} in order.
     *
     * @param events the events to deliver, in order
     */
    default void publishAll(List<DomainEvent> events) {
        events.forEach(this::publish);
    }

    /**
     * Subscribes to every event.
     *
     * @param subscriber called for each event
     * @return the handle to cancel the subscription with
     */
    default Subscription subscribe(DomainEventSubscriber subscriber) {
        return subscribe(e -> true, subscriber);
    }

    /**
     * Subscribes to events whose type equals {@code type} or starts with {@code type + "."}.
     *
     * @param type the dotted event type or prefix, e.g. {@code incident}
     * @param subscriber called for each matching event
     * @return the handle to cancel the subscription with
     */
    default Subscription subscribe(String type, DomainEventSubscriber subscriber) {
        return subscribe(e -> e.type().equals(type) || e.type().startsWith(type + "."), subscriber);
    }

    /**
     * Subscribes to the events matched by {@code filter}.
     *
     * @param filter which events to deliver
     * @param subscriber called for each matching event
     * @return the handle to cancel the subscription with
     */
    Subscription subscribe(Predicate<DomainEvent> filter, DomainEventSubscriber subscriber);

    /**
     * The deliveries that failed so far (oldest first, bounded), so they can be inspected or retried.
     *
     * @return the failed deliveries, unmodifiable
     */
    List<DeliveryFailure> failures();

    /**
     * A synchronous publisher that calls subscribers on the publishing thread; thread-safe.
     *
     * @return a new publisher with no subscribers
     */
    static DomainEventPublisher inProcess() {
        return new InProcessEventPublisher(InProcessEventPublisher.DEFAULT_FAILURE_CAPACITY);
    }

    /** A handle to cancel a subscription. */
    interface Subscription extends AutoCloseable {
        /** Stops delivery to this subscriber; idempotent. */
        @Override
        void close();
    }
}
