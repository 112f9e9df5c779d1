package org.itm.core.event;

import org.itm.core.validation.Checks;

/**
 * A delivery that a subscriber refused by throwing.
 *
 * @param event      the event that was being delivered
 * @param subscriber {@code toString()} of the subscriber, to find it in logs
 * @param error      the exception's class and message
 * @since 0.1
 */
public record DeliveryFailure(DomainEvent event, String subscriber, String error) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param event the event that was being delivered
     * @param subscriber {@code toString()} of the subscriber, to find it in logs
     * @param error the exception's class and message
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public DeliveryFailure {
        Checks.notNull(event, "event");
        Checks.notNull(subscriber, "subscriber");
        Checks.notNull(error, "error");
    }
}
