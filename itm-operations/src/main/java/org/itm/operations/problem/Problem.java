package org.itm.operations.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.itm.core.IllegalStateTransitionException;
import org.itm.core.validation.Checks;
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
 */
public record Problem(String id, String title, ProblemState state, List<IncidentId> incidents, Optional<String> ci,
                      Optional<String> service, Optional<RootCause> rootCause, Optional<String> workaround,
                      List<String> symptoms, Optional<String> resolvingChange, List<String> notes) {

    public Problem {
        Checks.id(id, "id");
        Checks.notBlank(title, "title");
        Checks.notNull(state, "state");
        incidents = List.copyOf(new TreeSet<>(Checks.notNull(incidents, "incidents")
                .stream().map(IncidentId::value).toList()).stream().map(IncidentId::new).toList());
        Checks.notNull(ci, "ci");
        Checks.notNull(service, "service");
        Checks.notNull(rootCause, "rootCause");
        Checks.notNull(workaround, "workaround");
        symptoms = List.copyOf(Checks.notNull(symptoms, "symptoms"));
        Checks.notNull(resolvingChange, "resolvingChange");
        notes = List.copyOf(Checks.notNull(notes, "notes"));
    }

    /** A new problem from one or more incidents; CI and service are taken from the first incident that has them. */
    public static Problem fromIncidents(String id, String title, List<Incident> from, Instant at, String actor) {
        Checks.notEmpty(from, "incidents");
        Optional<String> ci = from.stream().map(Incident::ci).flatMap(Optional::stream).findFirst();
        Optional<String> service = from.stream().map(Incident::service).flatMap(Optional::stream).findFirst();
        return new Problem(id, title, ProblemState.NEW, from.stream().map(Incident::id).toList(), ci, service,
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                List.of(line(at, actor, "created from " + from.size() + " incident(s)")));
    }

    /** Links another incident. */
    public Problem link(IncidentId incident, Instant at, String actor) {
        Checks.notNull(incident, "incident");
        requireOpen("link incidents");
        List<IncidentId> l = new ArrayList<>(incidents);
        l.add(incident);
        return with(state, l, rootCause, workaround, symptoms, resolvingChange, at, actor, "linked " + incident);
    }

    /** Records the root cause; the problem is now under investigation (if it was new). */
    public Problem recordRootCause(RootCause cause, Instant at, String actor) {
        Checks.notNull(cause, "cause");
        requireOpen("record a root cause");
        ProblemState s = state == ProblemState.NEW ? ProblemState.UNDER_INVESTIGATION : state;
        return with(s, incidents, Optional.of(cause), workaround, symptoms, resolvingChange, at, actor,
                "root cause " + cause.category());
    }

    /** Records the workaround and publishes the problem as a known error with its symptoms. */
    public Problem publishKnownError(String workaroundText, List<String> knownSymptoms, Instant at, String actor) {
        Checks.notBlank(workaroundText, "workaround");
        Checks.notEmpty(knownSymptoms, "symptoms");
        requireOpen("publish a known error");
        return with(ProblemState.KNOWN_ERROR, incidents, rootCause, Optional.of(workaroundText), knownSymptoms,
                resolvingChange, at, actor, "known error published");
    }

    /** Resolves the problem through change {@code changeId}. */
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

    /** RESOLVED → CLOSED. */
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
