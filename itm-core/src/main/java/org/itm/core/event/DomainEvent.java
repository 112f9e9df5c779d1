package org.itm.core.event;

import java.time.Instant;
import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * Something that happened to an aggregate (an incident was assigned, a risk was re-scored), as an immutable fact.
 *
 * @param id          unique, time-ordered event id (see {@link org.itm.core.id.IdGenerator})
 * @param type        dotted event type, e.g. {@code incident.assigned}
 * @param aggregateId id of the aggregate the event belongs to
 * @param occurredAt  when it happened
 * @param payload     event details as JSON-friendly values (strings, numbers, booleans, lists, maps); copied
 * @since 0.1
 */
public record DomainEvent(String id, String type, String aggregateId, Instant occurredAt, Map<String, Object> payload) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param id unique, time-ordered event id (see {@link org.itm.core.id.IdGenerator})
     * @param type dotted event type, e.g. {@code incident.assigned}
     * @param aggregateId id of the aggregate the event belongs to
     * @param occurredAt when it happened
     * @param payload event details as JSON-friendly values (strings, numbers, booleans, lists, maps); copied
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public DomainEvent {
        Checks.notBlank(id, "id");
        Checks.notBlank(type, "type");
        Checks.notBlank(aggregateId, "aggregateId");
        Checks.notNull(occurredAt, "occurredAt");
        Checks.notNull(payload, "payload");
        payload = Map.copyOf(payload);
    }
}
