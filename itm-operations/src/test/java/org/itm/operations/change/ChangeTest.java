package org.itm.operations.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itm.core.IllegalStateTransitionException;
import org.itm.core.ItmValidationException;
import org.itm.core.time.TimeInterval;
import org.junit.jupiter.api.Test;

class ChangeTest {

    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    static final RiskQuestionnaire QUESTIONNAIRE = RiskQuestionnaire.withThresholds(List.of(
            new RiskQuestion("backout-tested", "Has the back-out plan been tested?", Map.of("yes", 0, "no", 3)),
            new RiskQuestion("users-affected", "How many users are affected?",
                    Map.of("none", 0, "some", 2, "all", 4)),
            new RiskQuestion("done-before", "Has this change been done before?", Map.of("yes", 0, "no", 2))), 3, 6);
    static final ApprovalPolicy POLICY = ApprovalPolicy.typical("carla", List.of("ann", "ben", "cem"),
            List.of("erin", "fred"));

    static final StandardChangeCatalog CATALOG = StandardChangeCatalog.of(List.of(new StandardChangeTemplate(
            "db-minor", "Minor database upgrade", java.util.Set.of("db-1"), java.util.Set.of(), RiskLevel.LOW)));

    static Change assessed(ChangeType type, Map<String, String> answers) {
        RiskAssessment risk = QUESTIONNAIRE.assess(answers);
        Change draft = type == ChangeType.STANDARD
                ? Change.standard("CHG-1", "Upgrade DB", "db-minor", "rita", List.of("db-1"), T0)
                : Change.draft("CHG-1", "Upgrade DB", type, "rita", List.of("db-1"), T0);
        return draft.assess(risk, POLICY, CATALOG, T0.plusSeconds(60), "carla");
    }

    @Test
    void riskAssessmentExplainsTheScoreAndTheRuleThatChoseTheLevel() {
        RiskAssessment r = QUESTIONNAIRE.assess(Map.of("backout-tested", "no", "users-affected", "all",
                "done-before", "yes"));
        assertThat(r.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(r.score()).isEqualTo(7);
        assertThat(r.contributions()).contains("backout-tested = no: +3", "users-affected = all: +4");
        assertThat(r.explanation()).contains("high");
        assertThatThrownBy(() -> QUESTIONNAIRE.assess(Map.of("backout-tested", "maybe")))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("answers.backout-tested").hasMessageContaining("answers.users-affected");
    }

    @Test
    void highRiskNeedsTheWholeCabAndOneRejectionRejects() {
        Change c = assessed(ChangeType.NORMAL, Map.of("backout-tested", "no", "users-affected", "all",
                "done-before", "no"));
        assertThat(c.approval().orElseThrow().mode()).isEqualTo(ApprovalMode.UNANIMOUS);
        c = c.vote("ann", true, "ok", T0.plusSeconds(120)).vote("ben", true, "", T0.plusSeconds(130));
        assertThat(c.state()).isEqualTo(ChangeState.ASSESSED);
        Change rejected = c.vote("cem", false, "no rollback test", T0.plusSeconds(140));
        assertThat(rejected.state()).isEqualTo(ChangeState.REJECTED);
        Change approved = c.vote("cem", true, "fine", T0.plusSeconds(140));
        assertThat(approved.state()).isEqualTo(ChangeState.AUTHORISED);
        assertThat(approved.history()).extracting(ChangeHistoryEntry::action).contains("approve", "authorise");
    }

    @Test
    void mediumRiskNeedsAQuorum() {
        Change c = assessed(ChangeType.NORMAL, Map.of("backout-tested", "no", "users-affected", "none",
                "done-before", "yes"));
        assertThat(c.approval().orElseThrow().quorum()).isEqualTo(2);
        c = c.vote("ann", false, "risky", T0.plusSeconds(100));
        assertThat(c.approvalStatus()).isEqualTo(ApprovalStatus.PENDING);
        c = c.vote("ben", true, "", T0.plusSeconds(110)).vote("cem", true, "", T0.plusSeconds(120));
        assertThat(c.state()).isEqualTo(ChangeState.AUTHORISED);
    }

    @Test
    void requesterAndImplementerCanNeverApproveTheirOwnChange() {
        RiskAssessment risk = QUESTIONNAIRE.assess(Map.of("backout-tested", "no", "users-affected", "all",
                "done-before", "no"));
        Change c = Change.draft("CHG-2", "Patch", ChangeType.NORMAL, "ann", List.of("db-1"), T0)
                .assignImplementer("ben", T0, "ann")
                .assess(risk, POLICY.requirementFor(ChangeType.NORMAL, risk.level()), T0, "carla");
        Change before = c;
        assertThatThrownBy(() -> before.vote("ann", true, "", T0)).isInstanceOf(SegregationOfDutiesException.class)
                .hasMessageContaining("requested");
        assertThatThrownBy(() -> before.vote("ben", true, "", T0)).isInstanceOf(SegregationOfDutiesException.class)
                .hasMessageContaining("implements");
        Change voted = c.vote("cem", true, "", T0);
        assertThatThrownBy(() -> voted.assignImplementer("cem", T0, "carla"))
                .isInstanceOf(SegregationOfDutiesException.class);
        assertThatThrownBy(() -> voted.vote("zoe", true, "", T0)).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> voted.vote("cem", true, "", T0)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("already voted");
    }

    @Test
    void fullLifecycleOfAStandardChangeAndIllegalMoves() {
        Change c = assessed(ChangeType.STANDARD, Map.of("backout-tested", "yes", "users-affected", "none",
                "done-before", "yes"));
        assertThat(c.state()).isEqualTo(ChangeState.AUTHORISED);
        TimeInterval w = new TimeInterval(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)).plusSeconds(3600));
        Change s = c.schedule(w, T0, "carla");
        assertThatThrownBy(() -> s.startImplementation(T0, "x")).isInstanceOf(IllegalStateTransitionException.class)
                .hasMessageContaining("implementer");
        Change done = s.assignImplementer("ivan", T0, "carla").startImplementation(w.start(), "ivan")
                .completeImplementation("applied", w.end(), "ivan").close(ClosureCode.SUCCESSFUL, "verified", w.end(),
                        "carla");
        assertThat(done.state()).isEqualTo(ChangeState.CLOSED);
        assertThat(done.closure()).contains(ClosureCode.SUCCESSFUL);
        assertThatThrownBy(() -> done.cancel("late", T0, "x")).isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> Change.draft("CHG-3", "x", ChangeType.NORMAL, "r", List.of(), T0)
                .schedule(w, T0, "r")).isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void blackoutRejectsOrRequiresAnApprovedEmergencyChange() {
        TimeInterval freeze = new TimeInterval(Instant.parse("2026-12-20T00:00:00Z"), Instant.parse("2027-01-05T00:00:00Z"));
        TimeInterval maint = new TimeInterval(Instant.parse("2026-12-12T22:00:00Z"), Instant.parse("2026-12-13T04:00:00Z"));
        ChangeCalendar cal = ChangeCalendar.of(List.of(
                new ChangeWindow("year-end freeze", ChangeWindowKind.BLACKOUT, freeze, Set.of()),
                new ChangeWindow("saturday night", ChangeWindowKind.MAINTENANCE, maint, Set.of("db-1"))),
                BlackoutPolicy.REQUIRE_EMERGENCY_APPROVAL);
        Change normal = assessed(ChangeType.NORMAL, Map.of("backout-tested", "yes", "users-affected", "none",
                "done-before", "yes")).vote("carla", true, "", T0);
        TimeInterval inFreeze = new TimeInterval(Instant.parse("2026-12-22T10:00:00Z"), Instant.parse("2026-12-22T11:00:00Z"));
        assertThatThrownBy(() -> cal.schedule(normal, inFreeze, T0, "carla")).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("year-end freeze");
        Change emergency = assessed(ChangeType.EMERGENCY, Map.of("backout-tested", "no", "users-affected", "all",
                "done-before", "no")).vote("erin", true, "outage", T0);
        assertThat(cal.schedule(emergency, inFreeze, T0, "erin").state()).isEqualTo(ChangeState.SCHEDULED);
        ScheduleCheck inMaintenance = cal.check(normal, new TimeInterval(Instant.parse("2026-12-12T23:00:00Z"),
                Instant.parse("2026-12-13T01:00:00Z")));
        assertThat(inMaintenance.allowed()).isTrue();
        assertThat(inMaintenance.withinMaintenance()).isTrue();
        ChangeCalendar strict = ChangeCalendar.of(cal.windows(), BlackoutPolicy.REJECT);
        assertThat(strict.check(emergency, inFreeze).allowed()).isFalse();
    }

    @Test
    void exportsTheCalendarAsICalendar() {
        Change c = assessed(ChangeType.STANDARD, Map.of("backout-tested", "yes", "users-affected", "none",
                "done-before", "yes")).schedule(new TimeInterval(Instant.parse("2026-03-10T20:00:00Z"),
                Instant.parse("2026-03-10T21:30:00Z")), T0, "carla");
        ChangeCalendar cal = ChangeCalendar.of(List.of(new ChangeWindow("freeze", ChangeWindowKind.BLACKOUT,
                new TimeInterval(Instant.parse("2026-03-20T00:00:00Z"), Instant.parse("2026-03-21T00:00:00Z")),
                Set.of())), BlackoutPolicy.REJECT);
        String ics = cal.toICalendar(List.of(c), "itm.example", T0);
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0", "PRODID:-//ITM//Change calendar//EN",
                "UID:CHG-1@itm.example", "DTSTART:20260310T200000Z", "DTEND:20260310T213000Z",
                "DTSTAMP:20260302T080000Z", "SUMMARY:BLACKOUT: freeze").contains("END:VCALENDAR");
        assertThat(ics).contains("\r\n");
    }
}
