package org.itm.core.event;

/** Receives domain events; may throw, which is recorded as a {@link DeliveryFailure}. */
@FunctionalInterface
public interface DomainEventSubscriber {

    void onEvent(DomainEvent event) throws Exception;
}
