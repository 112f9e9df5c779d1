package org.itm.operations.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.itm.core.IllegalStateTransitionException;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * An incident as an immutable value with its full timeline. Every command ({@link #assign}, {@link #hold},
 * {@link #resolve}, …) returns a new incident with the change appended to {@link #timeline()}; an illegal move
 * throws {@link IllegalStateTransitionException} and, since nothing is mutated, changes nothing.
 *
 * <p>Commands take the instant and the actor explicitly, so replaying a timeline is deterministic; use
 * {@link IncidentDesk} to have them stamped from a {@link java.time.Clock}, stored and published as events.
 *
 * @param id                the incident's identity
 * @param title             short description
 * @param category          classification used for problem detection and reporting; may be empty
 * @param state             where the incident is in its lifecycle
 * @param holdReason        why it is on hold; present exactly when {@code state} is ON_HOLD
 * @param impact            1 (highest) and up
 * @param urgency           1 (highest) and up
 * @param priority          derived from impact and urgency by a {@link PriorityPolicy}
 * @param assignmentGroup   team working on it
 * @param assignee          person working on it
 * @param reassignmentCount how often group or assignee changed after the first assignment
 * @param service           affected service
 * @param ci                affected configuration item
 * @param major             major-incident flag
 * @param resolutionCode    how it was resolved
 * @param resolutionNotes   what was done
 * @param openedAt          when it was opened
 * @param resolvedAt        when it was last resolved
 * @param timeline          every change in order, starting with the creation
 * @since 0.1
 */
public record Incident(IncidentId id, String title, String category, IncidentState state,
                       Optional<HoldReason> holdReason, int impact, int urgency, String priority,
                       Optional<String> assignmentGroup, Optional<String> assignee, int reassignmentCount,
                       Optional<String> service, Optional<String> ci, boolean major,
                       Optional<String> resolutionCode, Optional<String> resolutionNotes,
                       Instant openedAt, Optional<Instant> resolvedAt, List<TimelineEntry> timeline) {

    /**
     * Checks every component and that {@code holdReason} is present exactly when the state is ON_HOLD.
     *
     * @param id the incident's identity
     * @param title short description
     * @param category classification used for problem detection and reporting; may be empty
     * @param state where the incident is in its lifecycle
     * @param holdReason why it is on hold; present exactly when {@code state} is ON_HOLD
     * @param impact 1 (highest) and up
     * @param urgency 1 (highest) and up
     * @param priority derived from impact and urgency by a {@link PriorityPolicy}
     * @param assignmentGroup team working on it
     * @param assignee person working on it
     * @param reassignmentCount how often group or assignee changed after the first assignment
     * @param service affected service
     * @param ci affected configuration item
     * @param major major-incident flag
     * @param resolutionCode how it was resolved
     * @param resolutionNotes what was done
     * @param openedAt when it was opened
     * @param resolvedAt when it was last resolved
     * @param timeline every change in order, starting with the creation
     * @throws ItmValidationException naming every component that is null, blank or out of range, or
     *     {@code holdReason} when it disagrees with the state
     */
    public Incident {
        Violations v = new Violations();
        v.require(id != null, "id", "must not be null");
        v.require(title != null && !title.isBlank(), "title", "must not be blank");
        v.require(category != null, "category", "must not be null");
        v.require(state != null, "state", "must not be null");
        v.require(holdReason != null, "holdReason", "must not be null (use Optional.empty())");
        v.require(impact >= 1, "impact", "must be 1 or more, was " + impact);
        v.require(urgency >= 1, "urgency", "must be 1 or more, was " + urgency);
        v.require(priority != null && !priority.isBlank(), "priority", "must not be blank");
        v.require(assignmentGroup != null, "assignmentGroup", "must not be null (use Optional.empty())");
        v.require(assignee != null, "assignee", "must not be null (use Optional.empty())");
        v.require(reassignmentCount >= 0, "reassignmentCount", "must not be negative");
        v.require(service != null, "service", "must not be null (use Optional.empty())");
        v.require(ci != null, "ci", "must not be null (use Optional.empty())");
        v.require(resolutionCode != null, "resolutionCode", "must not be null (use Optional.empty())");
        v.require(resolutionNotes != null, "resolutionNotes", "must not be null (use Optional.empty())");
        v.require(openedAt != null, "openedAt", "must not be null");
        v.require(resolvedAt != null, "resolvedAt", "must not be null (use Optional.empty())");
        v.require(timeline != null && !timeline.isEmpty(), "timeline", "must hold at least the creation entry");
        v.throwIfAny();
        if ((state == IncidentState.ON_HOLD) != holdReason.isPresent()) {
            throw new ItmValidationException("holdReason", "must be present exactly when the state is ON_HOLD");
        }
        timeline = List.copyOf(timeline);
    }

    /**
     * Opens a new incident in state NEW with its priority from {@code policy}.
     *
     * @param id identity of the new incident
     * @param title short, non-blank description
     * @param category classification for problem detection and reporting; may be empty but not null
     * @param impact 1 (highest) and up
     * @param urgency 1 (highest) and up
     * @param policy derives the priority from impact and urgency
     * @param at when it was opened; becomes {@link #openedAt()} and the first timeline entry
     * @param actor who opened it (non-blank), recorded in the timeline
     * @return the incident in state NEW with a timeline of its creation
     * @throws ItmValidationException if any argument is invalid
     */
    public static Incident open(IncidentId id, String title, String category, int impact, int urgency,
                                PriorityPolicy policy, Instant at, String actor) {
        Checks.notNull(policy, "policy");
        Checks.notNull(at, "at");
        Checks.notBlank(actor, "actor");
        String priority = policy.priorityOf(impact, urgency);
        List<TimelineEntry> t = List.of(
                new TimelineEntry(at, actor, IncidentField.STATE, "", IncidentState.NEW.name(), "opened"),
                new TimelineEntry(at, actor, IncidentField.IMPACT, "", Integer.toString(impact), ""),
                new TimelineEntry(at, actor, IncidentField.URGENCY, "", Integer.toString(urgency), ""),
                new TimelineEntry(at, actor, IncidentField.PRIORITY, "", priority, ""));
        return new Incident(id, title, Checks.notNull(category, "category"), IncidentState.NEW, Optional.empty(),
                impact, urgency, priority, Optional.empty(), Optional.empty(), 0, Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), at, Optional.empty(), t);
    }

    /**
     * When the last change happened.
     *
     * @return the instant of the newest timeline entry
     */
    public Instant lastChangedAt() {
        return timeline.get(timeline.size() - 1).at();
    }

    /**
     * Assigns to {@code group} (and optionally a person). From NEW this moves to ASSIGNED; in ASSIGNED,
     * IN_PROGRESS or ON_HOLD a different group or assignee counts as a reassignment.
     *
     * @param group non-blank assignment group
     * @param person the assignee, or {@code Optional.empty()} to leave it to the group
     * @param at when; not before {@link #lastChangedAt()}
     * @param actor who made the assignment
     * @return the assigned incident
     * @throws IllegalStateTransitionException if the incident is not open
     * @throws ItmValidationException if an argument is blank or null, or {@code at} is before the last change
     */
    public Incident assign(String group, Optional<String> person, Instant at, String actor) {
        Checks.notBlank(group, "group");
        Checks.notNull(person, "person");
        person.ifPresent(p -> Checks.notBlank(p, "person"));
        Draft d = draft(at, actor);
        if (state == IncidentState.NEW) {
            d.moveTo(IncidentState.ASSIGNED, "");
        } else if (!state.isOpen()) {
            throw new IllegalStateTransitionException("incident " + id, state, IncidentState.ASSIGNED,
                    "only open incidents can be assigned");
        }
        boolean changed = !assignmentGroup.equals(Optional.of(group)) || !assignee.equals(person);
        if (assignmentGroup.isPresent() && changed) {
            d.reassignmentCount++;
        }
        d.set(IncidentField.ASSIGNMENT_GROUP, text(assignmentGroup), group, "");
        d.assignmentGroup = Optional.of(group);
        d.set(IncidentField.ASSIGNEE, text(assignee), person.orElse(""), "");
        d.assignee = person;
        return d.build();
    }

    /**
     * ASSIGNED → IN_PROGRESS: someone started working on it.
     *
     * @param at when work started; not before {@link #lastChangedAt()}
     * @param actor who started it
     * @return the incident in IN_PROGRESS
     * @throws IllegalStateTransitionException if the incident is not ASSIGNED
     * @throws ItmValidationException if {@code at} is null or before the last change, or {@code actor} is blank
     */
    public Incident start(Instant at, String actor) {
        return draft(at, actor).moveTo(IncidentState.IN_PROGRESS, "").build();
    }

    /**
     * IN_PROGRESS → ON_HOLD for {@code reason}, with an explanation.
     *
     * @param reason why it waits; decides whether the SLA clock pauses
     * @param note non-blank explanation
     * @param at when it was put on hold; not before {@link #lastChangedAt()}
     * @param actor who put it on hold
     * @return the incident in ON_HOLD with {@link #holdReason()} set
     * @throws IllegalStateTransitionException if the incident is not IN_PROGRESS
     * @throws ItmValidationException if an argument is null or blank, or {@code at} is before the last change
     */
    public Incident hold(HoldReason reason, String note, Instant at, String actor) {
        Checks.notNull(reason, "reason");
        Checks.notBlank(note, "note");
        Draft d = draft(at, actor);
        if (state != IncidentState.IN_PROGRESS) {
            throw new IllegalStateTransitionException("incident " + id, state, IncidentState.ON_HOLD,
                    "only an incident in progress can be put on hold");
        }
        d.moveTo(IncidentState.ON_HOLD, note);
        d.set(IncidentField.HOLD_REASON, "", reason.name(), note);
        d.holdReason = Optional.of(reason);
        return d.build();
    }

    /**
     * ON_HOLD → IN_PROGRESS.
     *
     * @param at when work resumed; not before {@link #lastChangedAt()}
     * @param actor who resumed it
     * @return the incident in IN_PROGRESS with the hold reason cleared
     * @throws IllegalStateTransitionException if the incident is not ON_HOLD
     * @throws ItmValidationException if {@code at} is null or before the last change, or {@code actor} is blank
     */
    public Incident resume(Instant at, String actor) {
        Draft d = draft(at, actor);
        if (state != IncidentState.ON_HOLD) {
            throw new IllegalStateTransitionException("incident " + id, state, IncidentState.IN_PROGRESS,
                    "only an incident on hold can be resumed");
        }
        d.set(IncidentField.HOLD_REASON, holdReason.map(Enum::name).orElse(""), "", "");
        d.holdReason = Optional.empty();
        return d.moveTo(IncidentState.IN_PROGRESS, "").build();
    }

    /**
     * IN_PROGRESS or ON_HOLD → RESOLVED with a resolution code and notes.
     *
     * @param code non-blank resolution code
     * @param notes non-blank description of what was done
     * @param at when it was resolved; becomes {@link #resolvedAt()}
     * @param actor who resolved it
     * @return the incident in RESOLVED
     * @throws IllegalStateTransitionException if the incident is neither IN_PROGRESS nor ON_HOLD
     * @throws ItmValidationException if an argument is null or blank, or {@code at} is before the last change
     */
    public Incident resolve(String code, String notes, Instant at, String actor) {
        Checks.notBlank(code, "code");
        Checks.notBlank(notes, "notes");
        Draft d = draft(at, actor);
        if (state == IncidentState.ON_HOLD) {
            d.set(IncidentField.HOLD_REASON, holdReason.map(Enum::name).orElse(""), "", "");
            d.holdReason = Optional.empty();
        }
        d.moveTo(IncidentState.RESOLVED, "");
        d.set(IncidentField.RESOLUTION_CODE, text(resolutionCode), code, "");
        d.set(IncidentField.RESOLUTION_NOTES, text(resolutionNotes), notes, "");
        d.resolutionCode = Optional.of(code);
        d.resolutionNotes = Optional.of(notes);
        d.resolvedAt = Optional.of(at);
        return d.build();
    }

    /**
     * RESOLVED → CLOSED.
     *
     * @param at when it was closed; not before {@link #lastChangedAt()}
     * @param actor who closed it
     * @return the incident in CLOSED, which is terminal
     * @throws IllegalStateTransitionException if the incident is not RESOLVED
     * @throws ItmValidationException if {@code at} is null or before the last change, or {@code actor} is blank
     */
    public Incident close(Instant at, String actor) {
        return draft(at, actor).moveTo(IncidentState.CLOSED, "").build();
    }

    /**
     * RESOLVED → IN_PROGRESS, allowed only up to {@code reopenPeriod} after the resolution.
     *
     * @param reopenPeriod how long after {@link #resolvedAt()} a reopen is still allowed; not negative
     * @param note non-blank reason for reopening
     * @param at when it was reopened
     * @param actor who reopened it
     * @return the incident back in IN_PROGRESS
     * @throws ItmValidationException if an argument is null, blank or negative, or {@code at} is before the last
     *     change
     * @throws IllegalStateTransitionException if not resolved or the period has passed
     */
    public Incident reopen(Duration reopenPeriod, String note, Instant at, String actor) {
        Checks.notNegative(reopenPeriod, "reopenPeriod");
        Checks.notBlank(note, "note");
        Draft d = draft(at, actor);
        if (state == IncidentState.RESOLVED && resolvedAt.isPresent()
                && at.isAfter(resolvedAt.get().plus(reopenPeriod))) {
            throw new IllegalStateTransitionException("incident " + id, state, IncidentState.IN_PROGRESS,
                    "the reopen period of " + reopenPeriod + " after the resolution at " + resolvedAt.get()
                            + " has passed");
        }
        if (state != IncidentState.RESOLVED) {
            throw new IllegalStateTransitionException("incident " + id, state, IncidentState.IN_PROGRESS,
                    "only a resolved incident can be reopened");
        }
        return d.moveTo(IncidentState.IN_PROGRESS, "reopened: " + note).build();
    }

    /**
     * Any open state → CANCELLED, with the reason.
     *
     * @param reason non-blank reason, recorded as the note of the state change
     * @param at when it was cancelled; not before {@link #lastChangedAt()}
     * @param actor who cancelled it
     * @return the incident in CANCELLED, which is terminal
     * @throws IllegalStateTransitionException if the incident is not open
     * @throws ItmValidationException if an argument is null or blank, or {@code at} is before the last change
     */
    public Incident cancel(String reason, Instant at, String actor) {
        Checks.notBlank(reason, "reason");
        Draft d = draft(at, actor);
        if (!state.isOpen()) {
            throw new IllegalStateTransitionException("incident " + id, state, IncidentState.CANCELLED,
                    "only open incidents can be cancelled");
        }
        if (state == IncidentState.ON_HOLD) {
            d.set(IncidentField.HOLD_REASON, holdReason.map(Enum::name).orElse(""), "", "");
            d.holdReason = Optional.empty();
        }
        return d.moveTo(IncidentState.CANCELLED, reason).build();
    }

    /**
     * Changes impact and urgency and re-derives the priority with {@code policy}; only while not terminal.
     *
     * @param newImpact 1 (highest) and up
     * @param newUrgency 1 (highest) and up
     * @param policy derives the new priority
     * @param at when; not before {@link #lastChangedAt()}
     * @param actor who reclassified it
     * @return the incident with the new impact, urgency and priority (unchanged fields add no timeline entry)
     * @throws IllegalStateTransitionException if the incident is CLOSED or CANCELLED
     * @throws ItmValidationException if an argument is null or blank, or {@code at} is before the last change
     */
    public Incident reclassify(int newImpact, int newUrgency, PriorityPolicy policy, Instant at, String actor) {
        Checks.notNull(policy, "policy");
        Draft d = draft(at, actor);
        requireNotTerminal("reclassify");
        String newPriority = policy.priorityOf(newImpact, newUrgency);
        d.set(IncidentField.IMPACT, Integer.toString(impact), Integer.toString(newImpact), "");
        d.set(IncidentField.URGENCY, Integer.toString(urgency), Integer.toString(newUrgency), "");
        d.set(IncidentField.PRIORITY, priority, newPriority, "");
        d.impact = newImpact;
        d.urgency = newUrgency;
        d.priority = newPriority;
        return d.build();
    }

    /**
     * Records the affected service and configuration item (either may be empty).
     *
     * @param newService the affected service, or {@code Optional.empty()} to clear it
     * @param newCi the affected configuration item, or {@code Optional.empty()} to clear it
     * @param at when; not before {@link #lastChangedAt()}
     * @param actor who recorded it
     * @return the incident with service and CI replaced
     * @throws IllegalStateTransitionException if the incident is CLOSED or CANCELLED
     * @throws ItmValidationException if an argument is null or blank, or {@code at} is before the last change
     */
    public Incident affect(Optional<String> newService, Optional<String> newCi, Instant at, String actor) {
        Checks.notNull(newService, "service");
        Checks.notNull(newCi, "ci");
        Draft d = draft(at, actor);
        requireNotTerminal("change the affected service");
        d.set(IncidentField.SERVICE, text(service), newService.orElse(""), "");
        d.set(IncidentField.CI, text(ci), newCi.orElse(""), "");
        d.service = newService;
        d.ci = newCi;
        return d.build();
    }

    /**
     * Sets or clears the major-incident flag.
     *
     * @param isMajor {@code true} to declare a major incident, {@code false} to withdraw it
     * @param note reason for the change; may be empty
     * @param at when; not before {@link #lastChangedAt()}
     * @param actor who changed the flag
     * @return the incident with the flag set
     * @throws IllegalStateTransitionException if the incident is CLOSED or CANCELLED
     * @throws ItmValidationException if an argument is null, {@code actor} is blank, or {@code at} is before the
     *     last change
     */
    public Incident markMajor(boolean isMajor, String note, Instant at, String actor) {
        Checks.notNull(note, "note");
        Draft d = draft(at, actor);
        requireNotTerminal("change the major flag");
        d.set(IncidentField.MAJOR, Boolean.toString(major), Boolean.toString(isMajor), note);
        d.major = isMajor;
        return d.build();
    }

    /**
     * Changes the category (used by problem detection).
     *
     * @param newCategory non-blank category
     * @param at when; not before {@link #lastChangedAt()}
     * @param actor who recategorised it
     * @return the incident with the new category
     * @throws IllegalStateTransitionException if the incident is CLOSED or CANCELLED
     * @throws ItmValidationException if an argument is null or blank, or {@code at} is before the last change
     */
    public Incident categorise(String newCategory, Instant at, String actor) {
        Checks.notBlank(newCategory, "category");
        Draft d = draft(at, actor);
        requireNotTerminal("change the category");
        d.set(IncidentField.CATEGORY, category, newCategory, "");
        d.category = newCategory;
        return d.build();
    }

    /**
     * Appends a work note; allowed in any state.
     *
     * @param text non-blank note
     * @param at when; not before {@link #lastChangedAt()}
     * @param actor who wrote it
     * @return the incident with a NOTE entry appended
     * @throws ItmValidationException if an argument is null or blank, or {@code at} is before the last change
     */
    public Incident note(String text, Instant at, String actor) {
        Checks.notBlank(text, "text");
        Draft d = draft(at, actor);
        d.entries.add(new TimelineEntry(at, actor, IncidentField.NOTE, "", "", text));
        return d.build();
    }

    /**
     * The timeline entries for one field, in order.
     *
     * @param field the field whose changes to list
     * @return its entries, oldest first; empty if the field never changed
     */
    public List<TimelineEntry> history(IncidentField field) {
        return timeline.stream().filter(e -> e.field() == field).toList();
    }

    private void requireNotTerminal(String what) {
        if (state.isTerminal()) {
            throw new IllegalStateTransitionException("incident " + id, state, state,
                    "cannot " + what + " of a " + state + " incident");
        }
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }

    private Draft draft(Instant at, String actor) {
        Checks.notNull(at, "at");
        Checks.notBlank(actor, "actor");
        if (at.isBefore(lastChangedAt())) {
            throw new ItmValidationException("at", "must not be before the last change (" + lastChangedAt()
                    + "), was " + at);
        }
        return new Draft(this, at, actor);
    }

    /** Mutable scratch copy; only built into a new Incident when the command succeeded. */
    private static final class Draft {
        private final Incident base;
        private final Instant at;
        private final String actor;
        private final List<TimelineEntry> entries;
        private String category;
        private IncidentState state;
        private Optional<HoldReason> holdReason;
        private int impact;
        private int urgency;
        private String priority;
        private Optional<String> assignmentGroup;
        private Optional<String> assignee;
        private int reassignmentCount;
        private Optional<String> service;
        private Optional<String> ci;
        private boolean major;
        private Optional<String> resolutionCode;
        private Optional<String> resolutionNotes;
        private Optional<Instant> resolvedAt;

        Draft(Incident b, Instant at, String actor) {
            this.base = b;
            this.at = at;
            this.actor = actor;
            this.entries = new ArrayList<>(b.timeline);
            category = b.category;
            state = b.state;
            holdReason = b.holdReason;
            impact = b.impact;
            urgency = b.urgency;
            priority = b.priority;
            assignmentGroup = b.assignmentGroup;
            assignee = b.assignee;
            reassignmentCount = b.reassignmentCount;
            service = b.service;
            ci = b.ci;
            major = b.major;
            resolutionCode = b.resolutionCode;
            resolutionNotes = b.resolutionNotes;
            resolvedAt = b.resolvedAt;
        }

        Draft moveTo(IncidentState target, String note) {
            if (!state.canMoveTo(target)) {
                throw new IllegalStateTransitionException("incident " + base.id, state, target,
                        "allowed from " + state + ": " + state.successors());
            }
            entries.add(new TimelineEntry(at, actor, IncidentField.STATE, state.name(), target.name(), note));
            state = target;
            return this;
        }

        void set(IncidentField field, String from, String to, String note) {
            if (!Objects.equals(from, to)) {
                entries.add(new TimelineEntry(at, actor, field, from, to, note));
            }
        }

        Incident build() {
            return new Incident(base.id, base.title, category, state, holdReason, impact, urgency, priority,
                    assignmentGroup, assignee, reassignmentCount, service, ci, major, resolutionCode,
                    resolutionNotes, base.openedAt, resolvedAt, entries);
        }
    }
}
