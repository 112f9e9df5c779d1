package org.itm.operations.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.itm.core.NotFoundException;
import org.itm.core.event.DomainEvent;
import org.itm.core.event.DomainEventPublisher;
import org.itm.core.id.IdGenerator;
import org.itm.core.validation.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point for working with incidents: stamps every command with the injected clock, stores the result
 * and publishes one {@link DomainEvent} per timeline entry the command added ({@code incident.opened},
 * {@code incident.state.changed}, {@code incident.assignee.changed}, …). A command that fails stores and
 * publishes nothing.
 *
 * <p>Thread-safe as long as the repository is; concurrent commands on the same incident are serialised.
 */
public final class IncidentDesk {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentDesk.class);

    private final Clock clock;
    private final IdGenerator ids;
    private final PriorityPolicy priorityPolicy;
    private final IncidentRepository repository;
    private final DomainEventPublisher publisher;
    private final Duration reopenPeriod;

    private IncidentDesk(Clock clock, IdGenerator ids, PriorityPolicy priorityPolicy, IncidentRepository repository,
                         DomainEventPublisher publisher, Duration reopenPeriod) {
        this.clock = Checks.notNull(clock, "clock");
        this.ids = Checks.notNull(ids, "ids");
        this.priorityPolicy = Checks.notNull(priorityPolicy, "priorityPolicy");
        this.repository = Checks.notNull(repository, "repository");
        this.publisher = Checks.notNull(publisher, "publisher");
        this.reopenPeriod = Checks.notNegative(reopenPeriod, "reopenPeriod");
    }

    /**
     * A desk with the given collaborators. {@code reopenPeriod} is how long after a resolution a user may still
     * reopen the incident (commonly 5–14 days).
     */
    public static IncidentDesk create(Clock clock, IdGenerator ids, PriorityPolicy priorityPolicy,
                                      IncidentRepository repository, DomainEventPublisher publisher,
                                      Duration reopenPeriod) {
        return new IncidentDesk(clock, ids, priorityPolicy, repository, publisher, reopenPeriod);
    }

    /** How long after a resolution the incident may be reopened. */
    public Duration reopenPeriod() {
        return reopenPeriod;
    }

    /** Opens an incident with a generated id. */
    public Incident open(String title, String category, int impact, int urgency, String actor) {
        Incident created = Incident.open(new IncidentId("INC-" + ids.next()), title, category, impact, urgency,
                priorityPolicy, clock.instant(), actor);
        repository.save(created);
        publishNew(created, 0);
        return created;
    }

    public Incident assign(IncidentId id, String group, Optional<String> person, String actor) {
        return apply(id, i -> i.assign(group, person, clock.instant(), actor));
    }

    public Incident start(IncidentId id, String actor) {
        return apply(id, i -> i.start(clock.instant(), actor));
    }

    public Incident hold(IncidentId id, HoldReason reason, String note, String actor) {
        return apply(id, i -> i.hold(reason, note, clock.instant(), actor));
    }

    public Incident resume(IncidentId id, String actor) {
        return apply(id, i -> i.resume(clock.instant(), actor));
    }

    public Incident resolve(IncidentId id, String code, String notes, String actor) {
        return apply(id, i -> i.resolve(code, notes, clock.instant(), actor));
    }

    public Incident close(IncidentId id, String actor) {
        return apply(id, i -> i.close(clock.instant(), actor));
    }

    /** Reopens within the desk's {@link #reopenPeriod()}. */
    public Incident reopen(IncidentId id, String note, String actor) {
        return apply(id, i -> i.reopen(reopenPeriod, note, clock.instant(), actor));
    }

    public Incident cancel(IncidentId id, String reason, String actor) {
        return apply(id, i -> i.cancel(reason, clock.instant(), actor));
    }

    public Incident reclassify(IncidentId id, int impact, int urgency, String actor) {
        return apply(id, i -> i.reclassify(impact, urgency, priorityPolicy, clock.instant(), actor));
    }

    public Incident affect(IncidentId id, Optional<String> service, Optional<String> ci, String actor) {
        return apply(id, i -> i.affect(service, ci, clock.instant(), actor));
    }

    public Incident markMajor(IncidentId id, boolean major, String note, String actor) {
        return apply(id, i -> i.markMajor(major, note, clock.instant(), actor));
    }

    public Incident note(IncidentId id, String text, String actor) {
        return apply(id, i -> i.note(text, clock.instant(), actor));
    }

    /**
     * The stored incident.
     *
     * @throws NotFoundException if there is none with {@code id}
     */
    public Incident get(IncidentId id) {
        Checks.notNull(id, "id");
        return repository.find(id).orElseThrow(() -> new NotFoundException("incident " + id + " does not exist"));
    }

    private synchronized Incident apply(IncidentId id, UnaryOperator<Incident> command) {
        Incident before = get(id);
        Incident after = command.apply(before);
        repository.save(after);
        publishNew(after, before.timeline().size());
        return after;
    }

    private void publishNew(Incident incident, int from) {
        List<TimelineEntry> added = incident.timeline().subList(from, incident.timeline().size());
        for (TimelineEntry e : added) {
            publisher.publish(toEvent(incident, e, from == 0));
        }
        LOG.debug("incident {} now {} ({} changes)", incident.id(), incident.state(), added.size());
    }

    private DomainEvent toEvent(Incident incident, TimelineEntry e, boolean creation) {
        String type = creation && e.field() == IncidentField.STATE
                ? "incident.opened"
                : "incident." + e.field().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".changed";
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("actor", e.actor());
        payload.put("field", e.field().name());
        payload.put("from", e.from());
        payload.put("to", e.to());
        payload.put("note", e.note());
        payload.put("state", incident.state().name());
        payload.put("priority", incident.priority());
        Instant at = e.at();
        return new DomainEvent(ids.next(), type, incident.id().value(), at, payload);
    }
}
