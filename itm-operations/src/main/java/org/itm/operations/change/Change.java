package org.itm.operations.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itm.core.IllegalStateTransitionException;
import org.itm.core.ItmValidationException;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;

/**
 * A change request as an immutable value. Each command returns a new change with a {@link ChangeHistoryEntry}
 * appended; an illegal move throws ({@link IllegalStateTransitionException}, {@link SegregationOfDutiesException})
 * and changes nothing.
 *
 * <p>Segregation of duties: the requester and the implementer can never vote on the change, and a person who
 * approved it cannot become its implementer.
 *
 * @param id                 identifier, e.g. {@code CHG-1001}
 * @param title              what is changed
 * @param type               standard, normal or emergency
 * @param state              where the change is in its lifecycle
 * @param requester          who asked for it
 * @param implementer        who carries it out
 * @param cis                configuration items touched; copied
 * @param risk               the assessment, once assessed
 * @param approval           the approval requirement, once assessed
 * @param votes              votes cast, in order
 * @param window             the planned window, once scheduled
 * @param closure            how it ended, once closed
 * @param history            every step, in order
 */
public record Change(String id, String title, ChangeType type, ChangeState state, String requester,
                     Optional<String> implementer, List<String> cis, Optional<RiskAssessment> risk,
                     Optional<ApprovalRequirement> approval, List<Vote> votes, Optional<TimeInterval> window,
                     Optional<ClosureCode> closure, List<ChangeHistoryEntry> history) {

    public Change {
        Checks.id(id, "id");
        Checks.notBlank(title, "title");
        Checks.notNull(type, "type");
        Checks.notNull(state, "state");
        Checks.notBlank(requester, "requester");
        Checks.notNull(implementer, "implementer");
        cis = List.copyOf(Checks.notNull(cis, "cis"));
        Checks.notNull(risk, "risk");
        Checks.notNull(approval, "approval");
        votes = List.copyOf(Checks.notNull(votes, "votes"));
        Checks.notNull(window, "window");
        Checks.notNull(closure, "closure");
        history = List.copyOf(Checks.notNull(history, "history"));
    }

    /** A new change in DRAFT. */
    public static Change draft(String id, String title, ChangeType type, String requester, List<String> cis,
                               Instant at) {
        Checks.notNull(at, "at");
        return new Change(id, title, type, ChangeState.DRAFT, requester, Optional.empty(), cis, Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                List.of(new ChangeHistoryEntry(at, requester, "draft", ChangeState.DRAFT, ChangeState.DRAFT, title)));
    }

    /** Approval status from the votes so far. */
    public ApprovalStatus approvalStatus() {
        if (approval.isEmpty()) {
            return ApprovalStatus.PENDING;
        }
        ApprovalRequirement r = approval.get();
        long yes = votes.stream().filter(Vote::approve).count();
        long no = votes.size() - yes;
        return switch (r.mode()) {
            case NONE -> ApprovalStatus.APPROVED;
            case UNANIMOUS -> no > 0 ? ApprovalStatus.REJECTED
                    : yes == r.approvers().size() ? ApprovalStatus.APPROVED : ApprovalStatus.PENDING;
            case QUORUM -> yes >= r.quorum() ? ApprovalStatus.APPROVED
                    : r.approvers().size() - no < r.quorum() ? ApprovalStatus.REJECTED : ApprovalStatus.PENDING;
        };
    }

    /** DRAFT → ASSESSED with the risk and the approval path; pre-approved changes go on to AUTHORISED. */
    public Change assess(RiskAssessment assessment, ApprovalRequirement requirement, Instant at, String actor) {
        Checks.notNull(assessment, "assessment");
        Checks.notNull(requirement, "requirement");
        if (type == ChangeType.STANDARD && requirement.mode() != ApprovalMode.NONE) {
            throw new ItmValidationException("requirement", "standard changes are pre-approved");
        }
        Draft d = draft(at, actor);
        d.move("assess", ChangeState.ASSESSED, assessment.explanation() + "; approval: " + requirement.describe());
        d.risk = Optional.of(assessment);
        d.approval = Optional.of(requirement);
        if (requirement.mode() == ApprovalMode.NONE) {
            d.move("pre-approved", ChangeState.AUTHORISED, "standard change");
        }
        return d.build();
    }

    /**
     * Records a vote; when it decides the approval the change moves to AUTHORISED or REJECTED.
     *
     * @throws SegregationOfDutiesException if the approver requested or implements the change
     * @throws ItmValidationException        if the approver is not eligible or already voted
     */
    public Change vote(String approver, boolean approve, String comment, Instant at) {
        Checks.notBlank(approver, "approver");
        if (approver.equals(requester) || implementer.filter(approver::equals).isPresent()) {
            throw new SegregationOfDutiesException("change " + id + ": " + approver
                    + (approver.equals(requester) ? " requested" : " implements") + " this change and cannot vote on it");
        }
        Draft d = draft(at, approver);
        if (state != ChangeState.ASSESSED) {
            throw new IllegalStateTransitionException("change " + id, state, state, "votes are taken in ASSESSED only");
        }
        ApprovalRequirement r = approval.orElseThrow();
        if (!r.approvers().contains(approver)) {
            throw new ItmValidationException("approver", approver + " is not an approver of " + r.describe());
        }
        if (votes.stream().anyMatch(v -> v.approver().equals(approver))) {
            throw new ItmValidationException("approver", approver + " has already voted");
        }
        d.votes.add(new Vote(approver, approve, comment, at));
        d.history.add(new ChangeHistoryEntry(at, approver, approve ? "approve" : "reject", state, state, comment));
        Change voted = d.build();
        ApprovalStatus s = voted.approvalStatus();
        if (s == ApprovalStatus.APPROVED) {
            return voted.draft(at, approver).move("authorise", ChangeState.AUTHORISED, r.describe()).build();
        }
        if (s == ApprovalStatus.REJECTED) {
            return voted.draft(at, approver).move("reject", ChangeState.REJECTED, r.describe()).build();
        }
        return voted;
    }

    /** Names the implementer (before implementation starts); an approver of the change cannot implement it. */
    public Change assignImplementer(String person, Instant at, String actor) {
        Checks.notBlank(person, "person");
        if (votes.stream().anyMatch(v -> v.approver().equals(person) && v.approve())) {
            throw new SegregationOfDutiesException("change " + id + ": " + person
                    + " approved this change and cannot implement it");
        }
        Draft d = draft(at, actor);
        if (!Set.of(ChangeState.DRAFT, ChangeState.ASSESSED, ChangeState.AUTHORISED, ChangeState.SCHEDULED)
                .contains(state)) {
            throw new IllegalStateTransitionException("change " + id, state, state,
                    "the implementer is fixed once implementation started");
        }
        d.implementer = Optional.of(person);
        d.history.add(new ChangeHistoryEntry(at, actor, "implementer", state, state, person));
        return d.build();
    }

    /** AUTHORISED (or SCHEDULED, to move the window) → SCHEDULED in {@code newWindow}; see {@link ChangeCalendar}. */
    public Change schedule(TimeInterval newWindow, Instant at, String actor) {
        Checks.notNull(newWindow, "window");
        Checks.require(!newWindow.isEmpty(), "window", "must not be empty");
        Draft d = draft(at, actor);
        d.move("schedule", ChangeState.SCHEDULED, newWindow.start() + "/" + newWindow.end());
        d.window = Optional.of(newWindow);
        return d.build();
    }

    /** SCHEDULED → IMPLEMENTING; needs an implementer. */
    public Change startImplementation(Instant at, String actor) {
        if (implementer.isEmpty()) {
            throw new IllegalStateTransitionException("change " + id, state, ChangeState.IMPLEMENTING,
                    "assign an implementer first");
        }
        return draft(at, actor).move("implement", ChangeState.IMPLEMENTING, "").build();
    }

    /** IMPLEMENTING → REVIEW. */
    public Change completeImplementation(String notes, Instant at, String actor) {
        return draft(at, actor).move("review", ChangeState.REVIEW, Checks.notNull(notes, "notes")).build();
    }

    /** REVIEW → CLOSED with how it went. */
    public Change close(ClosureCode code, String notes, Instant at, String actor) {
        Checks.notNull(code, "code");
        Checks.notBlank(notes, "notes");
        Draft d = draft(at, actor);
        d.move("close", ChangeState.CLOSED, code + ": " + notes);
        d.closure = Optional.of(code);
        return d.build();
    }

    /** Withdraws the change before implementation. */
    public Change cancel(String reason, Instant at, String actor) {
        Checks.notBlank(reason, "reason");
        return draft(at, actor).move("cancel", ChangeState.CANCELLED, reason).build();
    }

    private Draft draft(Instant at, String actor) {
        Checks.notNull(at, "at");
        Checks.notBlank(actor, "actor");
        return new Draft(this, at, actor);
    }

    /** Scratch copy built into a new change only when the command succeeds. */
    private static final class Draft {
        private final Change base;
        private final Instant at;
        private final String actor;
        private ChangeState state;
        private Optional<String> implementer;
        private Optional<RiskAssessment> risk;
        private Optional<ApprovalRequirement> approval;
        private final List<Vote> votes;
        private Optional<TimeInterval> window;
        private Optional<ClosureCode> closure;
        private final List<ChangeHistoryEntry> history;

        Draft(Change c, Instant at, String actor) {
            base = c;
            this.at = at;
            this.actor = actor;
            state = c.state;
            implementer = c.implementer;
            risk = c.risk;
            approval = c.approval;
            votes = new ArrayList<>(c.votes);
            window = c.window;
            closure = c.closure;
            history = new ArrayList<>(c.history);
        }

        Draft move(String action, ChangeState to, String note) {
            if (!state.successors().contains(to)) {
                throw new IllegalStateTransitionException("change " + base.id, state, to,
                        "allowed from " + state + ": " + state.successors());
            }
            history.add(new ChangeHistoryEntry(at, actor, action, state, to, note));
            state = to;
            return this;
        }

        Change build() {
            return new Change(base.id, base.title, base.type, state, base.requester, implementer, base.cis, risk,
                    approval, votes, window, closure, history);
        }
    }
}
