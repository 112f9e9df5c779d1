/**
 * Domain events and their in-process publication: a {@link org.itm.core.event.DomainEvent} is an immutable fact
 * about an aggregate (an incident was assigned, a risk was re-scored), and a
 * {@link org.itm.core.event.DomainEventPublisher} delivers it to the {@link org.itm.core.event.DomainEventSubscriber}s
 * that subscribed to its type or a prefix of it. A subscriber that throws does not stop delivery to the others; its
 * failure is logged and kept as a {@link org.itm.core.event.DeliveryFailure}.
 *
 * <p>The entry point is {@link org.itm.core.event.DomainEventPublisher#inProcess()}, which delivers synchronously on
 * the publishing thread.
 *
 * <pre>{@code
 * import org.itm.core.id.IdGenerator;
 *
 * Clock clock = Clock.systemUTC();
 * IdGenerator ids = IdGenerator.uuidV7(clock);
 * DomainEventPublisher events = DomainEventPublisher.inProcess();
 * try (DomainEventPublisher.Subscription s = events.subscribe("incident", e -> System.out.println(e.type()))) {
 *     events.publish(new DomainEvent(ids.next(), "incident.assigned", "INC-7", clock.instant(),
 *             Map.of("assignee", "ann")));   // printed: incident.assigned
 * }
 * List<DeliveryFailure> failures = events.failures();   // empty: no subscriber threw
 * }</pre>
 */
@NullMarked
package org.itm.core.event;

import org.jspecify.annotations.NullMarked;
