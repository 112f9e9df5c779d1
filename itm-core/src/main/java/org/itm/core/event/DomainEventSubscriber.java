package org.itm.core.event;

/**
 * Receives domain events; may throw, which is recorded as a {@link DeliveryFailure}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DomainEventSubscriber {

    /**
     * Handles one event; an exception it throws is recorded as a {@link DeliveryFailure} and does not reach the publisher.
     *
     * @param event the event
     * @throws Exception any failure, recorded by the publisher
     */
    void onEvent(DomainEvent event) throws Exception;
}
