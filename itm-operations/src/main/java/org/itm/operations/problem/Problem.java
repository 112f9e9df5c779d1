package org.itm.operations.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.itm.core.IllegalStateTransitionException;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentId;

/**
 * A problem: the unknown cause of one or more incidents, investigated until it becomes a known error (with a
 * workaround and searchable symptoms) and is resolved through a change. Immutable; commands return a new problem
 * and never change this one.
 *
 * @param id              identifier, e.g. {@code PRB-12}
 * @param title           short description
 * @param state           lifecycle state
 * @param incidents       linked incidents (sorted, no duplicates)
 * @param ci              affected configuration item
 * @param service         affected service
 * @param rootCause       the cause, once found
 * @param workaround      how to restore service meanwhile
 * @param symptoms        what users and monitoring see (searched in the known-error base)
 * @param resolvingChange the change that removes the cause
 * @param notes           timeline of what was done, as "instant actor: text" lines
 * @since 0.1
 */
public record Problem(String id, String title, ProblemState state, List<IncidentId> incidents, Optional<String> ci,
                      Optional<String> service, Optional<RootCause> rootCause, Optional<String> workaround,
                      List<String> symptoms, Optional<String> resolvingChange, List<String> notes) {

    /**
     * Validates the fields and the lifecycle invariants, so that a problem built by hand or read back from a store
     * is one the commands could have produced: it has at least one incident and the creation note; a workaround
     * exists exactly when there are symptoms (they are published together); NEW has no root cause, workaround or
     * resolving change; UNDER_INVESTIGATION has a root cause and is not published yet; KNOWN_ERROR has its
     * workaround and symptoms and no resolving change; RESOLVED and CLOSED have a root cause and a resolving change.
     *
     * @param id              identifier, e.g. {@code PRB-12}
     * @param title           short description
     * @param state           lifecycle state
     * @param incidents       linked incidents (sorted, no duplicates)
     * @param ci              affected configuration item
     * @param service         affected service
     * @param rootCause       the cause, once found
     * @param workaround      how to restore service meanwhile
     * @param symptoms        what users and monitoring see (searched in the known-error base)
     * @param resolvingChange the change that removes the cause
     * @param notes           timeline of what was done, as "instant actor: text" lines
     * @throws ItmValidationException naming every violated field and invariant
     */
    public Problem {
        Violations v = new Violations();
        v.check("", () -> Checks.id(id, "id"));
        v.require(title != null && !title.isBlank(), "title", "must not be blank");
        v.require(state != null, "state", "must not be null");
        if (v.require(incidents != null && incidents.stream().allMatch(Objects::nonNull), "incidents",
                "must not be null nor hold null")) {
            v.require(!incidents.isEmpty(), "incidents", "must hold at least one incident: a problem is raised from"
                    + " incidents");
        }
        v.require(ci != null, "ci", "must not be null (use Optional.empty())");
        v.require(service != null, "service", "must not be null (use Optional.empty())");
        v.require(rootCause != null, "rootCause", "must not be null (use Optional.empty())");
        v.require(workaround != null, "workaround", "must not be null (use Optional.empty())");
        v.require(symptoms != null && symptoms.stream().allMatch(Objects::nonNull), "symptoms",
                "must not be null nor hold null");
        v.require(resolvingChange != null, "resolvingChange", "must not be null (use Optional.empty())");
        if (v.require(notes != null && notes.stream().allMatch(Objects::nonNull), "notes",
                "must not be null nor hold null")) {
            v.require(!notes.isEmpty(), "notes", "must hold at least the creation note");
        }
        v.throwIfAny();
        ci.ifPresent(c -> v.require(!c.isBlank(), "ci", "must not be blank"));
        service.ifPresent(c -> v.require(!c.isBlank(), "service", "must not be blank"));
        workaround.ifPresent(w -> v.require(!w.isBlank(), "workaround", "must not be blank"));
        resolvingChange.ifPresent(c -> v.require(!c.isBlank(), "resolvingChange", "must not be blank"));
        for (int i = 0; i < symptoms.size(); i++) {
            v.require(!symptoms.get(i).isBlank(), "symptoms[" + i + "]", "must not be blank");
        }
        v.require(workaround.isPresent() == !symptoms.isEmpty(), workaround.isPresent() ? "symptoms" : "workaround",
                "a known error is published with both its workaround and its symptoms");
        switch (state) {
            case NEW -> {
                v.require(rootCause.isEmpty(), "rootCause", "must be empty in NEW: recording it starts the"
                        + " investigation");
                v.require(workaround.isEmpty(), "workaround", "must be empty in NEW: publishing it makes a KNOWN_ERROR");
                v.require(resolvingChange.isEmpty(), "resolvingChange", "must be empty until the problem is RESOLVED");
            }
            case UNDER_INVESTIGATION -> {
                v.require(rootCause.isPresent(), "rootCause", "is required in UNDER_INVESTIGATION: recording it is"
                        + " what starts the investigation");
                v.require(workaround.isEmpty(), "workaround", "must be empty in UNDER_INVESTIGATION: publishing it"
                        + " makes a KNOWN_ERROR");
                v.require(resolvingChange.isEmpty(), "resolvingChange", "must be empty until the problem is RESOLVED");
            }
            case KNOWN_ERROR -> {
                v.require(workaround.isPresent(), "workaround", "is required for a KNOWN_ERROR");
                v.require(resolvingChange.isEmpty(), "resolvingChange", "must be empty until the problem is RESOLVED");
            }
            case RESOLVED, CLOSED -> {
                v.require(rootCause.isPresent(), "rootCause", "is required in " + state + ": a problem is resolved"
                        + " once its cause is known");
                v.require(resolvingChange.isPresent(), "resolvingChange", "is required in " + state);
            }
        }
        v.throwIfAny();
        incidents = List.copyOf(new TreeSet<>(incidents.stream().map(IncidentId::value).toList()).stream()
                .map(IncidentId::new).toList());
        symptoms = List.copyOf(symptoms);
        notes = List.copyOf(notes);
    }

    /**
     * A new problem from one or more incidents; CI and service are taken from the first incident that has them.
     *
     * @param id    identifier, e.g. {@code PRB-1}
     * @param title what is wrong; not blank
     * @param from  the incidents it was raised from; not empty
     * @param at    when
     * @param actor who raised it; not blank
     * @return the NEW problem with its first history line
     * @throws org.itm.core.ItmValidationException naming {@code incidents} when empty, or the first bad field
     */
    public static Problem fromIncidents(String id, String title, List<Incident> from, Instant at, String actor) {
        Checks.notEmpty(from, "incidents");
        Optional<String> ci = from.stream().map(Incident::ci).flatMap(Optional::stream).findFirst();
        Optional<String> service = from.stream().map(Incident::service).flatMap(Optional::stream).findFirst();
        return new Problem(id, title, ProblemState.NEW, from.stream().map(Incident::id).toList(), ci, service,
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                List.of(line(at, actor, "created from " + from.size() + " incident(s)")));
    }

    /**
     * Links another incident.
     *
     * @param incident the incident
     * @param at       when
     * @param actor    who links it; not blank
     * @return the problem with the incident (incidents are kept once each, in id order)
     * @throws org.itm.core.IllegalStateTransitionException once the problem is RESOLVED or CLOSED
     */
    public Problem link(IncidentId incident, Instant at, String actor) {
        Checks.notNull(incident, "incident");
        requireOpen("link incidents");
        List<IncidentId> l = new ArrayList<>(incidents);
        l.add(incident);
        return with(state, l, rootCause, workaround, symptoms, resolvingChange, at, actor, "linked " + incident);
    }

    /**
     * Records the root cause; the problem is now under investigation (if it was new).
     *
     * @param cause the cause; replaces an earlier one
     * @param at    when
     * @param actor who records it; not blank
     * @return the problem, UNDER_INVESTIGATION if it was NEW
     * @throws org.itm.core.IllegalStateTransitionException once the problem is RESOLVED or CLOSED
     */
    public Problem recordRootCause(RootCause cause, Instant at, String actor) {
        Checks.notNull(cause, "cause");
        requireOpen("record a root cause");
        ProblemState s = state == ProblemState.NEW ? ProblemState.UNDER_INVESTIGATION : state;
        return with(s, incidents, Optional.of(cause), workaround, symptoms, resolvingChange, at, actor,
                "root cause " + cause.category());
    }

    /**
     * Records the workaround and publishes the problem as a known error with its symptoms.
     *
     * @param workaroundText what users or support can do meanwhile; not blank
     * @param knownSymptoms  what users and monitoring see; not empty
     * @param at             when
     * @param actor          who publishes; not blank
     * @return the problem in KNOWN_ERROR; publish it with {@link KnownErrorBase#publish}
     * @throws org.itm.core.IllegalStateTransitionException once the problem is RESOLVED or CLOSED
     * @throws org.itm.core.ItmValidationException naming {@code workaround} or {@code symptoms} when missing
     */
    public Problem publishKnownError(String workaroundText, List<String> knownSymptoms, Instant at, String actor) {
        Checks.notBlank(workaroundText, "workaround");
        Checks.notEmpty(knownSymptoms, "symptoms");
        requireOpen("publish a known error");
        return with(ProblemState.KNOWN_ERROR, incidents, rootCause, Optional.of(workaroundText), knownSymptoms,
                resolvingChange, at, actor, "known error published");
    }

    /**
     * Resolves the problem through change {@code changeId}.
     *
     * @param changeId the change that fixed it; not blank
     * @param at       when
     * @param actor    who records it; not blank
     * @return the RESOLVED problem
     * @throws org.itm.core.IllegalStateTransitionException when no root cause is recorded, or once RESOLVED or CLOSED
     */
    public Problem resolveBy(String changeId, Instant at, String actor) {
        Checks.notBlank(changeId, "changeId");
        requireOpen("resolve");
        if (rootCause.isEmpty()) {
            throw new IllegalStateTransitionException("problem " + id, state, ProblemState.RESOLVED,
                    "record the root cause first");
        }
        return with(ProblemState.RESOLVED, incidents, rootCause, workaround, symptoms, Optional.of(changeId), at,
                actor, "resolved by " + changeId);
    }

    /**
     * RESOLVED → CLOSED.
     *
     * @param at    when
     * @param actor who closes it; not blank
     * @return the CLOSED problem
     * @throws org.itm.core.IllegalStateTransitionException unless the problem is RESOLVED
     */
    public Problem close(Instant at, String actor) {
        if (state != ProblemState.RESOLVED) {
            throw new IllegalStateTransitionException("problem " + id, state, ProblemState.CLOSED,
                    "only resolved problems can be closed");
        }
        return with(ProblemState.CLOSED, incidents, rootCause, workaround, symptoms, resolvingChange, at, actor,
                "closed");
    }

    private void requireOpen(String what) {
        if (state == ProblemState.RESOLVED || state == ProblemState.CLOSED) {
            throw new IllegalStateTransitionException("problem " + id, state, state, "cannot " + what + " when "
                    + state);
        }
    }

    private Problem with(ProblemState s, List<IncidentId> inc, Optional<RootCause> rc, Optional<String> wa,
                         List<String> sy, Optional<String> chg, Instant at, String actor, String note) {
        List<String> n = new ArrayList<>(notes);
        n.add(line(at, actor, note));
        return new Problem(id, title, s, inc, ci, service, rc, wa, sy, chg, n);
    }

    private static String line(Instant at, String actor, String text) {
        Checks.notNull(at, "at");
        Checks.notBlank(actor, "actor");
        return at + " " + actor + ": " + text;
    }
}
