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
import org.itm.core.IllegalStateTransitionException;
import org.itm.core.ItmValidationException;
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
 *
 * @since 0.1
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
     *
     * @param clock stamps every command; inject a fixed clock in tests
     * @param ids generates the number of {@code INC-<n>} ids
     * @param priorityPolicy derives priorities on open and reclassify
     * @param repository where incidents are stored
     * @param publisher receives one event per new timeline entry
     * @param reopenPeriod how long after a resolution a reopen is still allowed; not negative
     * @return the desk
     * @throws ItmValidationException if an argument is null or {@code reopenPeriod} is negative
     */
    public static IncidentDesk create(Clock clock, IdGenerator ids, PriorityPolicy priorityPolicy,
                                      IncidentRepository repository, DomainEventPublisher publisher,
                                      Duration reopenPeriod) {
        return new IncidentDesk(clock, ids, priorityPolicy, repository, publisher, reopenPeriod);
    }

    /**
     * How long after a resolution the incident may be reopened.
     *
     * @return the reopen period given to {@link #create}
     */
    public Duration reopenPeriod() {
        return reopenPeriod;
    }

    /**
     * Opens an incident with a generated id.
     *
     * @param title short, non-blank description
     * @param category classification for problem detection; may be empty
     * @param impact 1 (highest) and up, within the priority policy's range
     * @param urgency 1 (highest) and up, within the priority policy's range
     * @param actor who opened it
     * @return the stored incident in NEW
     * @throws ItmValidationException if an argument is invalid; nothing is stored
     */
    public Incident open(String title, String category, int impact, int urgency, String actor) {
        Incident created = Incident.open(new IncidentId("INC-" + ids.next()), title, category, impact, urgency,
                priorityPolicy, clock.instant(), actor);
        repository.save(created);
        publishNew(created, 0);
        return created;
    }

    /**
     * Assigns the stored incident; see {@link Incident#assign}.
     *
     * @param id the incident
     * @param group non-blank assignment group
     * @param person the assignee, or {@code Optional.empty()} to leave it to the group
     * @param actor who assigned it
     * @return the stored, updated incident
     * @throws NotFoundException if no incident has {@code id}
     * @throws IllegalStateTransitionException if the incident is not open
     * @throws ItmValidationException if an argument is blank or null
     */
    public Incident assign(IncidentId id, String group, Optional<String> person, String actor) {
        return apply(id, i -> i.assign(group, person, clock.instant(), actor));
    }

    /**
     * Starts work on an ASSIGNED incident; see {@link Incident#start}.
     *
     * @param id the incident
     * @param actor who started it
     * @return the stored incident in IN_PROGRESS
     * @throws NotFoundException if no incident has {@code id}
     * @throws IllegalStateTransitionException if the incident is not ASSIGNED
     * @throws ItmValidationException if {@code actor} is blank
     */
    public Incident start(IncidentId id, String actor) {
        return apply(id, i -> i.start(clock.instant(), actor));
    }

    /**
     * Puts an incident in progress on hold; see {@link Incident#hold}.
     *
     * @param id the incident
     * @param reason why it waits; SLA definitions decide which reasons pause their clock
     * @param note non-blank explanation
     * @param actor who put it on hold
     * @return the stored incident in ON_HOLD
     * @throws NotFoundException if no incident has {@code id}
     * @throws IllegalStateTransitionException if the incident is not IN_PROGRESS
     * @throws ItmValidationException if an argument is null or blank
     */
    public Incident hold(IncidentId id, HoldReason reason, String note, String actor) {
        return apply(id, i -> i.hold(reason, note, clock.instant(), actor));
    }

    /**
     * Resumes an incident on hold; see {@link Incident#resume}.
     *
     * @param id the incident
     * @param actor who resumed it
     * @return the stored incident in IN_PROGRESS
     * @throws NotFoundException if no incident has {@code id}
     * @throws IllegalStateTransitionException if the incident is not ON_HOLD
     * @throws ItmValidationException if {@code actor} is blank
     */
    public Incident resume(IncidentId id, String actor) {
        return apply(id, i -> i.resume(clock.instant(), actor));
    }

    /**
     * Resolves an incident; see {@link Incident#resolve}.
     *
     * @param id the incident
     * @param code non-blank resolution code
     * @param notes non-blank description of what was done
     * @param actor who resolved it
     * @return the stored incident in RESOLVED
     * @throws NotFoundException if no incident has {@code id}
     * @throws IllegalStateTransitionException if the incident is neither IN_PROGRESS nor ON_HOLD
     * @throws ItmValidationException if an argument is null or blank
     */
    public Incident resolve(IncidentId id, String code, String notes, String actor) {
        return apply(id, i -> i.resolve(code, notes, clock.instant(), actor));
    }

    /**
     * Closes a resolved incident; see {@link Incident#close}.
     *
     * @param id the incident
     * @param actor who closed it
     * @return the stored incident in CLOSED
     * @throws NotFoundException if no incident has {@code id}
     * @throws IllegalStateTransitionException if the incident is not RESOLVED
     * @throws ItmValidationException if {@code actor} is blank
     */
    public Incident close(IncidentId id, String actor) {
        return apply(id, i -> i.close(clock.instant(), actor));
    }

    /**
     * Reopens within the desk's {@link #reopenPeriod()}.
     *
     * @param id the incident
     * @param note non-blank reason for reopening
     * @param actor who reopened it
     * @return the stored incident in IN_PROGRESS
     * @throws NotFoundException if no incident has {@code id}
     * @throws IllegalStateTransitionException if it is not RESOLVED or the reopen period has passed
     * @throws ItmValidationException if an argument is null or blank
     */
    public Incident reopen(IncidentId id, String note, String actor) {
        return apply(id, i -> i.reopen(reopenPeriod, note, clock.instant(), actor));
    }

    /**
     * Cancels an open incident; see {@link Incident#cancel}.
     *
     * @param id the incident
     * @param reason non-blank reason
     * @param actor who cancelled it
     * @return the stored incident in CANCELLED
     * @throws NotFoundException if no incident has {@code id}
     * @throws IllegalStateTransitionException if the incident is not open
     * @throws ItmValidationException if an argument is null or blank
     */
    public Incident cancel(IncidentId id, String reason, String actor) {
        return apply(id, i -> i.cancel(reason, clock.instant(), actor));
    }

    /**
     * Changes impact and urgency and re-derives the priority with the desk's policy; see {@link Incident#reclassify}.
     *
     * @param id the incident
     * @param impact 1 (highest) and up
     * @param urgency 1 (highest) and up
     * @param actor who reclassified it
     * @return the stored incident with its new priority
     * @throws NotFoundException if no incident has {@code id}
     * @throws IllegalStateTransitionException if the incident is CLOSED or CANCELLED
     * @throws ItmValidationException if an argument is invalid
     */
    public Incident reclassify(IncidentId id, int impact, int urgency, String actor) {
        return apply(id, i -> i.reclassify(impact, urgency, priorityPolicy, clock.instant(), actor));
    }

    /**
     * Records the affected service and configuration item; see {@link Incident#affect}.
     *
     * @param id the incident
     * @param service the affected service, or {@code Optional.empty()} to clear it
     * @param ci the affected configuration item, or {@code Optional.empty()} to clear it
     * @param actor who recorded it
     * @return the stored, updated incident
     * @throws NotFoundException if no incident has {@code id}
     * @throws IllegalStateTransitionException if the incident is CLOSED or CANCELLED
     * @throws ItmValidationException if an argument is null or blank
     */
    public Incident affect(IncidentId id, Optional<String> service, Optional<String> ci, String actor) {
        return apply(id, i -> i.affect(service, ci, clock.instant(), actor));
    }

    /**
     * Sets or clears the major-incident flag; see {@link Incident#markMajor}.
     *
     * @param id the incident
     * @param major {@code true} to declare a major incident
     * @param note reason for the change; may be empty
     * @param actor who changed it
     * @return the stored, updated incident
     * @throws NotFoundException if no incident has {@code id}
     * @throws IllegalStateTransitionException if the incident is CLOSED or CANCELLED
     * @throws ItmValidationException if an argument is null or {@code actor} is blank
     */
    public Incident markMajor(IncidentId id, boolean major, String note, String actor) {
        return apply(id, i -> i.markMajor(major, note, clock.instant(), actor));
    }

    /**
     * Appends a work note in any state; see {@link Incident#note}.
     *
     * @param id the incident
     * @param text non-blank note
     * @param actor who wrote it
     * @return the stored incident with the note
     * @throws NotFoundException if no incident has {@code id}
     * @throws ItmValidationException if an argument is null or blank
     */
    public Incident note(IncidentId id, String text, String actor) {
        return apply(id, i -> i.note(text, clock.instant(), actor));
    }

    /**
     * The stored incident.
     *
     * @param id the incident's id
     * @return the incident as stored now
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
