/**
 * Incidents: restoring a disrupted service, with an explicit lifecycle, a full audit timeline and domain events.
 *
 * <p>The entry point is {@link org.itm.operations.incident.IncidentDesk}: it stamps each command with the
 * injected clock, stores the new {@link org.itm.operations.incident.Incident} value in an
 * {@link org.itm.operations.incident.IncidentRepository} and publishes one event per timeline entry. An
 * {@code Incident} is immutable; each command returns a new value or throws
 * {@link org.itm.core.IllegalStateTransitionException} for a move {@link org.itm.operations.incident.IncidentState}
 * does not allow. {@link org.itm.operations.incident.IncidentSlaTimeline} turns an incident into the input of the
 * SLA engine.
 *
 * <pre>{@code
 * import org.itm.core.event.DomainEventPublisher;
 * import org.itm.core.id.IdGenerator;
 *
 * Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
 * IncidentDesk desk = IncidentDesk.create(clock, IdGenerator.uuidV7(clock), PriorityPolicy.itil3x3(),
 *         IncidentRepository.inMemory(), DomainEventPublisher.inProcess(), Duration.ofDays(5));
 * Incident opened = desk.open("Mail delivery delayed", "email", 2, 1, "alice");   // priority P2
 * desk.assign(opened.id(), "messaging", Optional.of("bob"), "alice");
 * desk.start(opened.id(), "bob");
 * Incident resolved = desk.resolve(opened.id(), "fixed", "Restarted the mail relay", "bob");
 * List<TimelineEntry> states = resolved.history(IncidentField.STATE);       // NEW, ASSIGNED, IN_PROGRESS, RESOLVED
 * }</pre>
 */
@NullMarked
package org.itm.operations.incident;

import org.jspecify.annotations.NullMarked;
