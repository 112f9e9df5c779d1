package org.itm.operations.change;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Violations;

/**
 * The lifecycle invariants of {@link Change}, checked by its constructor: they hold for every change the
 * commands produce, so a change built by hand or read back from a store must meet them too.
 */
final class ChangeInvariants {

    private ChangeInvariants() {
    }

    static void check(Violations v, ChangeType type, Optional<String> template, ChangeState state, String requester,
                      Optional<String> implementer, Optional<RiskAssessment> risk,
                      Optional<ApprovalRequirement> approval, List<ApprovalVote> votes, Optional<TimeInterval> window,
                      Optional<ClosureCode> closure, List<ChangeHistoryEntry> history) {
        ChangeHistoryEntry first = history.get(0);
        v.require("draft".equals(first.action()) && first.from() == ChangeState.DRAFT
                && first.to() == ChangeState.DRAFT, "history[0]", "must be the draft entry (DRAFT -> DRAFT)");
        // replay the history: every move must be a lifecycle move from the state reached so far
        ChangeState at = ChangeState.DRAFT;
        Set<ChangeState> reached = EnumSet.of(ChangeState.DRAFT);
        Optional<ChangeState> leftAssessedFor = Optional.empty();
        List<ChangeHistoryEntry> voteEntries = new ArrayList<>();
        for (int i = 1; i < history.size(); i++) {
            ChangeHistoryEntry e = history.get(i);
            if (!v.require(e.from() == at, "history[" + i + "].from", "is " + e.from()
                    + " but the change was " + at + " after the previous entry")) {
                return;
            }
            if (e.from() != e.to() && !v.require(at.successors().contains(e.to()), "history[" + i + "]",
                    at + " -> " + e.to() + " is not a lifecycle move (allowed from " + at + ": "
                            + at.successors() + ")")) {
                return;
            }
            if (e.from() == ChangeState.ASSESSED && e.to() != ChangeState.ASSESSED) {
                leftAssessedFor = Optional.of(e.to());
            }
            if (e.from() == e.to() && e.from() == ChangeState.ASSESSED
                    && ("approve".equals(e.action()) || "reject".equals(e.action()))) {
                voteEntries.add(e);
            }
            if ("schedule".equals(e.action()) && e.to() == ChangeState.SCHEDULED) {
                reached.add(ChangeState.SCHEDULED);
            }
            at = e.to();
            reached.add(at);
        }
        if (!v.require(state == at, "state", "is " + state + " but the history ends in " + at)) {
            return;
        }
        boolean assessed = reached.contains(ChangeState.ASSESSED);
        v.require(risk.isPresent() == assessed, "risk", assessed ? "is required once the change was assessed"
                : "must be empty before the change is assessed");
        if (!v.require(approval.isPresent() == assessed, "approval", assessed
                ? "is required once the change was assessed" : "must be empty before the change is assessed")) {
            return;
        }
        approval.ifPresent(r -> v.require(r.mode() != ApprovalMode.NONE || type == ChangeType.STANDARD,
                "approval", "pre-approval is for standard changes only, this change is " + type));
        approval.ifPresent(r -> v.require(type != ChangeType.STANDARD || r.mode() == ApprovalMode.NONE,
                "approval", "a standard change is pre-approved, not approved by " + r.describe()));
        v.require(type != ChangeType.STANDARD || !assessed || template.isPresent(), "template",
                "a standard change is pre-approved only under a template");
        checkVotes(v, requester, implementer, approval, votes, voteEntries);
        approval.ifPresent(r -> {
            ApprovalDecision d = r.decide(votes, requester, implementer);
            ApprovalStatus s = d.status();
            ChangeState after = state == ChangeState.ASSESSED ? ChangeState.ASSESSED
                    : history.stream().filter(e -> e.from() == ChangeState.ASSESSED && e.to() != ChangeState.ASSESSED)
                    .map(ChangeHistoryEntry::to).findFirst().orElse(ChangeState.ASSESSED);
            boolean decided = s == ApprovalStatus.APPROVED || s == ApprovalStatus.REJECTED;
            if (after == ChangeState.AUTHORISED) {
                v.require(s == ApprovalStatus.APPROVED, "votes", "do not approve the change (" + d.reason()
                        + "), yet it was authorised");
            } else if (after == ChangeState.REJECTED) {
                v.require(s == ApprovalStatus.REJECTED, "votes", "do not reject the change (" + d.reason()
                        + "), yet it was rejected");
            } else {
                v.require(!decided, "votes", "decide the approval (" + s + ": " + d.reason() + "), yet the change "
                        + (after == ChangeState.ASSESSED ? "is still ASSESSED" : "left ASSESSED for " + after));
            }
        });
        boolean scheduled = reached.contains(ChangeState.SCHEDULED);
        v.require(window.isPresent() == scheduled, "window", scheduled ? "is required once the change was scheduled"
                : "must be empty until the change is scheduled");
        window.ifPresent(w -> v.require(!w.isEmpty(), "window", "must not be empty"));
        v.require(closure.isPresent() == (state == ChangeState.CLOSED), "closure",
                "must be present exactly when the change is CLOSED");
        v.require(implementer.isPresent() || !reached.contains(ChangeState.IMPLEMENTING), "implementer",
                "is required once implementation started");
    }

    private static void checkVotes(Violations v, String requester, Optional<String> implementer,
                                   Optional<ApprovalRequirement> approval, List<ApprovalVote> votes,
                                   List<ChangeHistoryEntry> voteEntries) {
        if (approval.isEmpty()) {
            v.require(votes.isEmpty(), "votes", "must be empty before the change is assessed");
            return;
        }
        ApprovalRequirement r = approval.get();
        Set<String> voters = new HashSet<>();
        for (int i = 0; i < votes.size(); i++) {
            ApprovalVote vote = votes.get(i);
            String path = "votes[" + i + "].approver";
            v.require(r.approvers().contains(vote.approver()), path, vote.approver() + " is not an approver of "
                    + r.describe());
            v.require(voters.add(vote.approver()), path, vote.approver() + " voted more than once");
            v.require(!vote.approver().equals(requester), path, vote.approver() + " requested this change");
            v.require(!(vote.approve() && implementer.filter(vote.approver()::equals).isPresent()), "implementer",
                    vote.approver() + " approved this change and cannot implement it");
        }
        boolean same = votes.size() == voteEntries.size();
        for (int i = 0; same && i < votes.size(); i++) {
            ApprovalVote vote = votes.get(i);
            ChangeHistoryEntry e = voteEntries.get(i);
            same = vote.approver().equals(e.actor()) && vote.at().equals(e.at())
                    && vote.approve() == "approve".equals(e.action());
        }
        v.require(same, "votes", "must be the votes recorded in the history (" + voteEntries.size()
                + " vote entries, " + votes.size() + " votes)");
    }
}
