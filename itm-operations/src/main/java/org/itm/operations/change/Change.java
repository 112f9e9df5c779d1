package org.itm.operations.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.itm.core.IllegalStateTransitionException;
import org.itm.core.ItmValidationException;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * @param type               standard, normal or emergency; a STANDARD change outside its template becomes NORMAL
 *                           when assessed
 * @param template           the standard-change template claimed, if any (see {@link StandardChangeCatalog})
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
 * @since 0.1
 */
public record Change(String id, String title, ChangeType type, Optional<String> template, ChangeState state, String requester,
                     Optional<String> implementer, List<String> cis, Optional<RiskAssessment> risk,
                     Optional<ApprovalRequirement> approval, List<ApprovalVote> votes, Optional<TimeInterval> window,
                     Optional<ClosureCode> closure, List<ChangeHistoryEntry> history) {

    private static final Logger LOG = LoggerFactory.getLogger(Change.class);

    /**
     * Validates the fields and the lifecycle invariants, so that a change read from a store or built by hand is
     * one the commands could have produced: the history starts with the draft entry and each move follows
     * {@link ChangeState#successors()} up to {@code state}; risk and approval exist exactly once the change was
     * assessed; the votes are the vote entries of the history, cast by eligible approvers; a change was
     * authorised or rejected only when its votes decided so (and is still ASSESSED only while they do not); a
     * window exists exactly once it was scheduled, a closure code exactly when it is closed, and an implementer
     * once implementation started. Use {@link #draft} to start a change; this constructor is for stores.
     *
     * @param id          identifier: 1-128 letters, digits or {@code ._:@/-}
     * @param title       not blank
     * @param type        the change type
     * @param template    the template claimed, if any; not blank if present
     * @param state       the current state
     * @param requester   not blank
     * @param implementer not blank if present
     * @param cis         no blank CI id
     * @param risk        present exactly once assessed
     * @param approval    present exactly once assessed
     * @param votes       the vote entries of {@code history}, in order
     * @param window      present exactly once scheduled
     * @param closure     present exactly when CLOSED
     * @param history     starts with the draft entry; its moves lead to {@code state}
     * @throws ItmValidationException naming every violated field and invariant
     */
    public Change {
        Violations v = fieldViolations(id, title, type, requester, cis);
        v.require(template != null, "template", "must not be null (use Optional.empty())");
        v.require(state != null, "state", "must not be null");
        v.require(implementer != null, "implementer", "must not be null (use Optional.empty())");
        v.require(risk != null, "risk", "must not be null (use Optional.empty())");
        v.require(approval != null, "approval", "must not be null (use Optional.empty())");
        v.require(votes != null && votes.stream().allMatch(Objects::nonNull), "votes",
                "must not be null nor hold null");
        v.require(window != null, "window", "must not be null (use Optional.empty())");
        v.require(closure != null, "closure", "must not be null (use Optional.empty())");
        v.require(history != null && !history.isEmpty() && history.stream().allMatch(Objects::nonNull),
                "history", "must hold at least the draft entry and no null");
        v.throwIfAny();
        implementer.ifPresent(p -> v.require(!p.isBlank(), "implementer", "must not be blank"));
        template.ifPresent(t -> v.require(!t.isBlank(), "template", "must not be blank"));
        cis = List.copyOf(cis);
        votes = List.copyOf(votes);
        history = List.copyOf(history);
        ChangeInvariants.check(v, type, template, state, requester, implementer, risk, approval, votes, window, closure,
                history);
        v.throwIfAny();
    }

    private static Violations fieldViolations(String id, String title, ChangeType type, String requester,
                                              List<String> cis) {
        Violations v = new Violations();
        v.check("", () -> Checks.id(id, "id"));
        v.require(title != null && !title.isBlank(), "title", "must not be blank");
        v.require(type != null, "type", "must not be null");
        v.require(requester != null && !requester.isBlank(), "requester", "must not be blank");
        if (v.require(cis != null, "cis", "must not be null")) {
            for (int i = 0; i < cis.size(); i++) {
                String ci = cis.get(i);
                v.require(ci != null && !ci.isBlank(), "cis[" + i + "]", "must not be blank");
            }
        }
        return v;
    }

    /**
     * A new change in DRAFT.
     *
     * @param id        identifier, e.g. {@code CHG-1001}
     * @param title     what is changed
     * @param type      standard, normal or emergency
     * @param requester who asks for it
     * @param cis       configuration items touched
     * @param at        when it was raised
     * @return the draft, with its first history entry
     * @throws ItmValidationException naming every bad argument
     */
    public static Change draft(String id, String title, ChangeType type, String requester, List<String> cis,
                               Instant at) {
        return draft(id, title, type, Optional.empty(), requester, cis, at);
    }

    /**
     * A new STANDARD change in DRAFT raised under a template of the {@link StandardChangeCatalog}; it is
     * pre-approved at assessment only if it lies within that template.
     *
     * @param id        identifier, e.g. {@code CHG-1001}
     * @param title     what is changed
     * @param template  the template id, e.g. {@code restart-app-server}
     * @param requester who asks for it
     * @param cis       configuration items touched
     * @param at        when it was raised
     * @return the draft
     * @throws ItmValidationException naming every bad argument
     */
    public static Change standard(String id, String title, String template, String requester, List<String> cis,
                                  Instant at) {
        return draft(id, title, ChangeType.STANDARD, Optional.ofNullable(template), requester, cis, at);
    }

    private static Change draft(String id, String title, ChangeType type, Optional<String> template,
                                String requester, List<String> cis, Instant at) {
        Violations v = fieldViolations(id, title, type, requester, cis);
        v.require(template.isEmpty() || !template.get().isBlank(), "template", "must not be blank");
        v.require(at != null, "at", "must not be null");
        v.throwIfAny();
        return new Change(id, title, type, template, ChangeState.DRAFT, requester, Optional.empty(), cis, Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                List.of(new ChangeHistoryEntry(at, requester, "draft", ChangeState.DRAFT, ChangeState.DRAFT, title)));
    }

    /**
     * Where the approval stands: {@link #approvalDecision()} without the reason.
     *
     * @return PENDING before assessment, then as decided by the votes and who may still vote
     */
    public ApprovalStatus approvalStatus() {
        return approvalDecision().status();
    }

    /**
     * Where the approval stands and why, from the requirement, the votes so far and segregation of duties (the
     * requester and the implementer may not vote); UNREACHABLE says that the people still allowed to vote
     * cannot complete the approval.
     *
     * @return the decision; PENDING with reason {@code not assessed yet} before assessment
     */
    public ApprovalDecision approvalDecision() {
        return approval.map(r -> r.decide(votes, requester, implementer))
                .orElseGet(() -> new ApprovalDecision(ApprovalStatus.PENDING, "not assessed yet"));
    }

    /**
     * DRAFT → ASSESSED with the risk and the approval path; pre-approved changes go on to AUTHORISED. When
     * segregation of duties leaves too few people to meet {@code requirement} (e.g. the requester is its only
     * approver, or sits in a unanimous CAB), the change is still assessed, its {@link #approvalStatus()} is
     * UNREACHABLE and the assessment entry of the history says why.
     *
     * @param assessment  the risk
     * @param requirement who must approve
     * @param at          when
     * @param actor       who assessed
     * @return the assessed (or, pre-approved, authorised) change
     * @throws ItmValidationException           if an argument is invalid
     * @throws IllegalStateTransitionException if the change is not in DRAFT
     */
    public Change assess(RiskAssessment assessment, ApprovalRequirement requirement, Instant at, String actor) {
        Checks.notNull(assessment, "assessment");
        Checks.notNull(requirement, "requirement");
        if (type == ChangeType.STANDARD) {
            throw new ItmValidationException("type", "a standard change is pre-approved only within its template:"
                    + " assess it with assess(RiskAssessment, ApprovalPolicy, StandardChangeCatalog, Instant, String)");
        }
        if (requirement.mode() == ApprovalMode.NONE) {
            throw new ItmValidationException("requirement", "pre-approval is for standard changes within their"
                    + " template; a " + type + " change needs approvers");
        }
        return assessAs(draft(at, actor), type, assessment, requirement, "");
    }

    /**
     * DRAFT → ASSESSED with the risk and the approval path {@code policy} gives for the type and risk. A change
     * claimed as STANDARD is checked against its template in {@code catalog} first: within it, the change is
     * pre-approved and goes on to AUTHORISED; outside it (no or unknown template, a CI not covered, the risk
     * above the template's ceiling) it becomes NORMAL and needs approval, and a {@code reclassify} entry of the
     * history gives every reason. Unreachable approval is reported as by
     * {@link #assess(RiskAssessment, ApprovalRequirement, Instant, String)}.
     *
     * @param assessment the risk
     * @param policy     chooses the approval path of normal and emergency changes
     * @param catalog    the standard-change templates
     * @param at         when
     * @param actor      who assessed
     * @return the assessed (or, pre-approved, authorised) change
     * @throws ItmValidationException           if an argument is invalid or the policy pre-approves a change that
     *                                          is not a standard change within its template
     * @throws IllegalStateTransitionException if the change is not in DRAFT
     */
    public Change assess(RiskAssessment assessment, ApprovalPolicy policy, StandardChangeCatalog catalog,
                         Instant at, String actor) {
        Checks.notNull(assessment, "assessment");
        Checks.notNull(policy, "policy");
        Checks.notNull(catalog, "catalog");
        Draft d = draft(at, actor);
        if (type != ChangeType.STANDARD) {
            ApprovalRequirement requirement = Checks.notNull(policy.requirementFor(type, assessment.level()),
                    "policy.requirement");
            if (requirement.mode() == ApprovalMode.NONE) {
                throw new ItmValidationException("policy", "pre-approves a " + type + " change; pre-approval is"
                        + " for standard changes within their template");
            }
            return assessAs(d, type, assessment, requirement, "");
        }
        StandardChangeCheck scope = catalog.check(template, cis, assessment.level());
        if (scope.withinScope()) {
            return assessAs(d, ChangeType.STANDARD, assessment, ApprovalRequirement.preApproved(),
                    "; " + String.join("; ", scope.reasons()));
        }
        ApprovalRequirement requirement = Checks.notNull(policy.requirementFor(ChangeType.NORMAL,
                assessment.level()), "policy.requirement");
        if (requirement.mode() == ApprovalMode.NONE) {
            throw new ItmValidationException("policy", "pre-approves a NORMAL change; pre-approval is for standard"
                    + " changes within their template");
        }
        d.history.add(new ChangeHistoryEntry(at, actor, "reclassify", state, state, "claimed STANDARD"
                + template.map(t -> " under template '" + t + "'").orElse("") + ", treated as NORMAL: "
                + String.join("; ", scope.reasons())));
        return assessAs(d, ChangeType.NORMAL, assessment, requirement, "");
    }

    private Change assessAs(Draft d, ChangeType as, RiskAssessment assessment, ApprovalRequirement requirement,
                            String scopeNote) {
        d.type = as;
        d.move("assess", ChangeState.ASSESSED, assessment.explanation() + "; approval: " + requirement.describe()
                + scopeNote);
        d.risk = Optional.of(assessment);
        d.approval = Optional.of(requirement);
        if (requirement.mode() == ApprovalMode.NONE) {
            d.move("pre-approved", ChangeState.AUTHORISED, "standard change"
                    + template.map(t -> " under template '" + t + "'").orElse(""));
            return d.build();
        }
        ApprovalDecision decision = requirement.decide(List.of(), requester, implementer);
        if (decision.status() == ApprovalStatus.UNREACHABLE) {
            // recorded on the assessment itself, so the stuck approval is visible from the moment it arises
            ChangeHistoryEntry last = d.history.remove(d.history.size() - 1);
            d.history.add(new ChangeHistoryEntry(last.at(), last.actor(), last.action(), last.from(), last.to(),
                    last.note() + "; approval cannot be reached: " + decision.reason()));
            LOG.debug("change {}: approval cannot be reached: {}", id, decision.reason());
        }
        return d.build();
    }

    /**
     * Records a vote; when it decides the approval the change moves to AUTHORISED or REJECTED.
     *
     * @param approver one of the approvers of {@link #approval()}
     * @param approve  true to approve, false to reject
     * @param comment  the reasoning; not blank for a rejection
     * @param at       when the vote was cast
     * @return the change with the vote (and the move, if the votes decide)
     * @throws SegregationOfDutiesException   if the approver requested or implements the change
     * @throws IllegalStateTransitionException if the change is not ASSESSED
     * @throws ItmValidationException          naming {@code approver} if not eligible or already voted, or
     *                                         {@code comment} if a rejection has none
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
        d.votes.add(new ApprovalVote(approver, approve, comment, at));
        d.history.add(new ChangeHistoryEntry(at, approver, approve ? "approve" : "reject", state, state, comment));
        // the move is decided on the scratch copy: a change whose votes decide its approval is never ASSESSED
        ApprovalStatus s = r.decide(d.votes, requester, implementer).status();
        if (s == ApprovalStatus.APPROVED) {
            d.move("authorise", ChangeState.AUTHORISED, r.describe());
        } else if (s == ApprovalStatus.REJECTED) {
            d.move("reject", ChangeState.REJECTED, r.describe());
        }
        return d.build();
    }

    /**
     * Names the implementer (before implementation starts), replacing any earlier one.
     *
     * @param person who will implement it; not blank
     * @param at     when
     * @param actor  who assigns; not blank
     * @return the change with the implementer
     * @throws SegregationOfDutiesException   if {@code person} approved the change
     * @throws IllegalStateTransitionException once implementation started or the change ended
     * @throws ItmValidationException          naming {@code person}, {@code at} or {@code actor}
     */
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

    /**
     * AUTHORISED (or SCHEDULED, to move the window) → SCHEDULED. The window is not checked against the change
     * calendar here: use {@link ChangeCalendar} first.
     *
     * @param newWindow the planned window; not empty
     * @param at        when
     * @param actor     who schedules; not blank
     * @return the scheduled change
     * @throws IllegalStateTransitionException from any other state
     * @throws ItmValidationException          naming {@code window} if null or empty
     */
    public Change schedule(TimeInterval newWindow, Instant at, String actor) {
        Checks.notNull(newWindow, "window");
        Checks.require(!newWindow.isEmpty(), "window", "must not be empty");
        Draft d = draft(at, actor);
        d.move("schedule", ChangeState.SCHEDULED, newWindow.start() + "/" + newWindow.end());
        d.window = Optional.of(newWindow);
        return d.build();
    }

    /**
     * SCHEDULED → IMPLEMENTING.
     *
     * @param at    when work started
     * @param actor who records it; not blank
     * @return the change being implemented
     * @throws IllegalStateTransitionException if no implementer is named or the change is not SCHEDULED
     */
    public Change startImplementation(Instant at, String actor) {
        if (implementer.isEmpty()) {
            throw new IllegalStateTransitionException("change " + id, state, ChangeState.IMPLEMENTING,
                    "assign an implementer first");
        }
        return draft(at, actor).move("implement", ChangeState.IMPLEMENTING, "").build();
    }

    /**
     * IMPLEMENTING → REVIEW.
     *
     * @param notes what was done; may be empty
     * @param at    when work ended
     * @param actor who records it; not blank
     * @return the change awaiting review
     * @throws IllegalStateTransitionException if the change is not IMPLEMENTING
     */
    public Change completeImplementation(String notes, Instant at, String actor) {
        return draft(at, actor).move("review", ChangeState.REVIEW, Checks.notNull(notes, "notes")).build();
    }

    /**
     * REVIEW → CLOSED with how it went.
     *
     * @param code  the outcome
     * @param notes review findings; not blank
     * @param at    when
     * @param actor who closes; not blank
     * @return the closed change
     * @throws IllegalStateTransitionException if the change is not in REVIEW
     * @throws ItmValidationException          naming {@code code} or {@code notes}
     */
    public Change close(ClosureCode code, String notes, Instant at, String actor) {
        Checks.notNull(code, "code");
        Checks.notBlank(notes, "notes");
        Draft d = draft(at, actor);
        d.move("close", ChangeState.CLOSED, code + ": " + notes);
        d.closure = Optional.of(code);
        return d.build();
    }

    /**
     * Withdraws the change before implementation (from DRAFT, ASSESSED, AUTHORISED or SCHEDULED).
     *
     * @param reason why; not blank
     * @param at     when
     * @param actor  who withdraws; not blank
     * @return the cancelled change
     * @throws IllegalStateTransitionException once implementation started or the change ended
     * @throws ItmValidationException          naming {@code reason}
     */
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
        private ChangeType type;
        private ChangeState state;
        private Optional<String> implementer;
        private Optional<RiskAssessment> risk;
        private Optional<ApprovalRequirement> approval;
        private final List<ApprovalVote> votes;
        private Optional<TimeInterval> window;
        private Optional<ClosureCode> closure;
        private final List<ChangeHistoryEntry> history;

        Draft(Change c, Instant at, String actor) {
            base = c;
            this.at = at;
            this.actor = actor;
            type = c.type;
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
            return new Change(base.id, base.title, type, base.template, state, base.requester, implementer, base.cis, risk,
                    approval, votes, window, closure, history);
        }
    }
}
