package org.itm.operations.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.json.ItmJson;
import org.itm.core.time.TimeInterval;
import org.junit.jupiter.api.Test;

class ChangeInvariantsTest {

    static final Instant T0 = ChangeTest.T0;
    static final Map<String, String> HIGH = Map.of("backout-tested", "no", "users-affected", "all",
            "done-before", "no");
    static final TimeInterval WINDOW = new TimeInterval(Instant.parse("2026-03-10T20:00:00Z"),
            Instant.parse("2026-03-10T21:00:00Z"));

    static List<String> paths(ItmValidationException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    void aChangeCannotBeConstructedAuthorisedWithoutTheVotesItsApprovalNeeds() {
        ApprovalRequirement cab = ApprovalRequirement.unanimous("CAB", "ann", "ben", "cem");
        RiskAssessment risk = ChangeTest.QUESTIONNAIRE.assess(HIGH);
        List<ChangeHistoryEntry> history = List.of(
                new ChangeHistoryEntry(T0, "rita", "draft", ChangeState.DRAFT, ChangeState.DRAFT, "Upgrade DB"),
                new ChangeHistoryEntry(T0, "carla", "assess", ChangeState.DRAFT, ChangeState.ASSESSED, ""),
                new ChangeHistoryEntry(T0, "carla", "authorise", ChangeState.ASSESSED, ChangeState.AUTHORISED, ""));
        assertThatThrownBy(() -> new Change("CHG-1", "Upgrade DB", ChangeType.NORMAL, Optional.empty(), ChangeState.AUTHORISED, "rita",
                Optional.empty(), List.of("db-1"), Optional.of(risk), Optional.of(cab), List.of(), Optional.empty(),
                Optional.empty(), history))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("votes");
    }

    @Test
    void aChangeCannotClaimAStateItsHistoryNeverReached() {
        List<ChangeHistoryEntry> onlyDraft = List.of(
                new ChangeHistoryEntry(T0, "rita", "draft", ChangeState.DRAFT, ChangeState.DRAFT, "Upgrade DB"));
        ItmValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ItmValidationException.class,
                () -> new Change("CHG-1", "Upgrade DB", ChangeType.NORMAL, Optional.empty(), ChangeState.AUTHORISED, "rita",
                        Optional.empty(), List.of("db-1"), Optional.empty(), Optional.empty(), List.of(),
                        Optional.empty(), Optional.empty(), onlyDraft));
        assertThat(paths(e)).contains("state");
        // a skipped step in the history is refused too: DRAFT cannot move straight to SCHEDULED
        List<ChangeHistoryEntry> jump = List.of(onlyDraft.get(0),
                new ChangeHistoryEntry(T0, "rita", "schedule", ChangeState.DRAFT, ChangeState.SCHEDULED, ""));
        assertThatThrownBy(() -> new Change("CHG-1", "Upgrade DB", ChangeType.NORMAL, Optional.empty(), ChangeState.SCHEDULED, "rita",
                Optional.empty(), List.of("db-1"), Optional.empty(), Optional.empty(), List.of(),
                Optional.of(WINDOW), Optional.empty(), jump))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("history[1]");
    }

    @Test
    void scheduleRefusesAChangeWhoseAuthorisationWasForged() {
        Change assessed = ChangeTest.assessed(ChangeType.NORMAL, HIGH);
        List<ChangeHistoryEntry> history = new java.util.ArrayList<>(assessed.history());
        history.add(new ChangeHistoryEntry(T0, "carla", "authorise", ChangeState.ASSESSED, ChangeState.AUTHORISED,
                ""));
        assertThatThrownBy(() -> new Change(assessed.id(), assessed.title(), assessed.type(), assessed.template(), ChangeState.AUTHORISED,
                assessed.requester(), assessed.implementer(), assessed.cis(), assessed.risk(), assessed.approval(),
                List.of(), Optional.empty(), Optional.empty(), history))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("votes");
    }

    @Test
    void aChangeRoundTripsThroughJsonAndATamperedDocumentIsRefusedOnLoad() {
        Change c = ChangeTest.assessed(ChangeType.NORMAL, HIGH)
                .vote("ann", true, "ok", T0.plusSeconds(120)).vote("ben", true, "", T0.plusSeconds(130))
                .vote("cem", true, "", T0.plusSeconds(140)).schedule(WINDOW, T0.plusSeconds(200), "carla");
        String json = ItmJson.toJson(c);
        assertThat(ItmJson.fromJson(json, Change.class)).isEqualTo(c);
        // the stored document edited as a tree: an untyped Map would refuse the document's null optionals
        var tampered = (tools.jackson.databind.node.ObjectNode) ItmJson.json().readTree(json);
        tampered.putArray("votes");
        String withoutVotes = tampered.toString();
        assertThatThrownBy(() -> ItmJson.fromJson(withoutVotes, Change.class))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("votes");
    }

    @Test
    void draftReportsEveryBadFieldAtOnce() {
        ItmValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ItmValidationException.class,
                () -> Change.draft(" ", " ", ChangeType.NORMAL, " ", List.of(), T0));
        assertThat(paths(e)).contains("id", "title", "requester");
    }

    @Test
    void approvalIsUnreachableWhenTheRequesterIsTheOnlyEligibleApprover() {
        RiskAssessment low = ChangeTest.QUESTIONNAIRE.assess(Map.of("backout-tested", "yes",
                "users-affected", "none", "done-before", "yes"));
        Change c = Change.draft("CHG-7", "Tune cache", ChangeType.NORMAL, "carla", List.of("db-1"), T0)
                .assess(low, ChangeTest.POLICY.requirementFor(ChangeType.NORMAL, low.level()), T0, "carla");
        assertThat(c.approvalStatus()).isEqualTo(ApprovalStatus.UNREACHABLE);
        assertThat(c.approvalDecision().reason()).contains("carla", "requested");
        assertThat(c.history().get(c.history().size() - 1).note()).contains("cannot be reached");
    }

    @Test
    void approvalIsUnreachableWhenTheRequesterSitsInAUnanimousCab() {
        RiskAssessment high = ChangeTest.QUESTIONNAIRE.assess(HIGH);
        Change c = Change.draft("CHG-8", "Move DB", ChangeType.NORMAL, "ben", List.of("db-1"), T0)
                .assess(high, ChangeTest.POLICY.requirementFor(ChangeType.NORMAL, high.level()), T0, "carla");
        assertThat(c.approvalStatus()).isEqualTo(ApprovalStatus.UNREACHABLE);
        // the others' votes do not change that: unanimity needs ben, who may not vote
        c = c.vote("ann", true, "", T0).vote("cem", true, "", T0);
        assertThat(c.approvalStatus()).isEqualTo(ApprovalStatus.UNREACHABLE);
        assertThat(c.state()).isEqualTo(ChangeState.ASSESSED);
    }

    @Test
    void anImplementerWhoseVoteIsNeededMakesTheApprovalUnreachableUntilReplaced() {
        Change c = ChangeTest.assessed(ChangeType.NORMAL, Map.of("backout-tested", "no", "users-affected", "none",
                "done-before", "yes")); // quorum of 2 of ann, ben, cem
        c = c.vote("ann", false, "risky", T0).assignImplementer("ben", T0, "carla");
        assertThat(c.approvalStatus()).isEqualTo(ApprovalStatus.UNREACHABLE);
        assertThat(c.approvalDecision().reason()).contains("ben", "implements");
        c = c.assignImplementer("ivan", T0, "carla");
        assertThat(c.approvalStatus()).isEqualTo(ApprovalStatus.PENDING);
        // a quorum that can still be reached once the remaining eligible people vote stays PENDING
        assertThat(c.vote("ben", true, "", T0).vote("cem", true, "", T0).state()).isEqualTo(ChangeState.AUTHORISED);
    }
}
