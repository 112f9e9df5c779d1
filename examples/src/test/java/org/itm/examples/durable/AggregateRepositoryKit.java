package org.itm.examples.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.time.Clock;
import java.time.ZoneOffset;
import org.itm.core.notify.Notification;
import org.itm.core.notify.RecordingNotifier;
import org.itm.core.outbox.Outbox;
import org.itm.core.outbox.OutboxDispatcher;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.DocumentIds;
import org.itm.operations.escalation.EscalationRecord;
import org.itm.operations.escalation.StoredEscalationLedger;
import org.itm.operations.problem.DetectionScope;
import org.itm.operations.problem.ProblemProposal;
import org.itm.operations.problem.ProposalMemory;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.StoredDocumentException;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.governance.decision.DecisionRecord;
import org.itm.governance.decision.DecisionRecordRepository;
import org.itm.governance.decision.DecisionRequest;
import org.itm.core.time.TimeInterval;
import org.itm.operations.change.ApprovalRequirement;
import org.itm.operations.change.Change;
import org.itm.operations.change.ChangeRepository;
import org.itm.operations.change.ChangeState;
import org.itm.operations.change.ChangeType;
import org.itm.operations.change.RiskQuestion;
import org.itm.operations.change.RiskQuestionnaire;
import org.itm.operations.incident.IncidentId;
import org.itm.operations.problem.KnownErrorBase;
import org.itm.operations.problem.Problem;
import org.itm.operations.problem.ProblemRepository;
import org.itm.operations.problem.ProblemState;
import org.itm.operations.problem.RootCause;
import org.itm.governance.planning.PortfolioDecision;
import org.itm.governance.planning.PortfolioDecisionRepository;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.YearQuarter;
import org.itm.governance.roadmap.Placement;
import org.itm.governance.selection.SelectionDecision;
import org.itm.metrics.improvement.ImprovementInitiative;
import org.itm.metrics.improvement.ImprovementInitiativeRepository;
import org.itm.metrics.improvement.PdcaStage;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.input.SurveyResponse;
import org.itm.metrics.input.SurveyResponseRepository;
import org.itm.core.notify.Severity;
import org.itm.operations.alert.Alert;
import org.itm.operations.alert.AlertAction;
import org.itm.operations.alert.AlertCorrelator;
import org.itm.operations.alert.AlertGroup;
import org.itm.operations.alert.AlertGroupRepository;
import org.itm.operations.alert.OpenAlert;
import org.itm.operations.alert.ServiceDirectory;
import org.itm.operations.alert.StoredAlertCorrelator;
import org.itm.operations.runbook.ExecutionStatus;
import org.itm.operations.runbook.RunbookExecution;
import org.itm.operations.runbook.RunbookExecutionRepository;
import org.itm.operations.runbook.StepAttempt;
import org.itm.operations.runbook.StepAttemptRepository;
import org.itm.operations.runbook.StepOutcome;
import org.itm.operations.runbook.StepRecord;
import org.itm.risk.controls.Control;
import org.itm.risk.controls.ControlRecord;
import org.itm.risk.controls.ControlRepository;
import org.itm.risk.controls.ControlTest;
import org.itm.risk.controls.ControlType;
import org.itm.risk.controls.RequirementRef;
import org.itm.risk.controls.ControlTestRepository;
import org.itm.risk.controls.TestResult;
import org.itm.risk.identity.AccessModel;
import org.itm.risk.identity.Account;
import org.itm.risk.identity.CertificationCampaign;
import org.itm.risk.identity.CertificationCampaignRepository;
import org.itm.risk.identity.Identity;
import org.itm.risk.identity.IdentityStatus;
import org.itm.risk.identity.IdentityType;
import org.itm.risk.register.Risk;
import org.itm.risk.register.RiskAppetite;
import org.itm.risk.register.RiskRepository;
import org.itm.risk.register.Treatment;
import org.itm.risk.register.TreatmentPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The aggregate repositories against one store, in the manner of the store compatibility kit: extend it with
 * {@link #createStore()} for each store. Ids, owners and categories carry a random run suffix, so a persistent
 * store shared by earlier runs does not disturb the queries.
 */
abstract class AggregateRepositoryKit {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    protected DocumentStore store;
    private String run;

    /** The store to test; called before every test. */
    protected abstract DocumentStore createStore();

    @BeforeEach
    void setUp() {
        store = createStore();
        run = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }

    private Risk risk(String id, int residualLikelihood, int residualImpact, Optional<TreatmentPlan> plan) {
        Risk.Builder b = Risk.builder(id + "-" + run, "Risk " + id, "security-" + run, "owner-" + run)
                .assets("crm").threats("ransomware").inherent(4, 5).controls("AC-2")
                .residual(residualLikelihood, residualImpact).review(Period.ofMonths(3), TODAY.minusMonths(1));
        plan.ifPresent(b::treatment);
        return b.build();
    }

    @Test
    void risksRoundTripWithTreatmentsAndAreFoundAboveAppetite() {
        RiskRepository risks = RiskRepository.documentStore(store, new RiskAppetite(Map.of("security-" + run, 6), 9));
        Risk high = risk("R1", 3, 4, Optional.of(TreatmentPlan.of(Treatment.MITIGATE, "segment the network",
                TODAY.plusMonths(2))));
        Risk low = risk("R2", 1, 2, Optional.of(new TreatmentPlan(Treatment.ACCEPT, "accepted by the CISO",
                TODAY, Optional.of(TODAY))));
        risks.create(high);
        risks.create(low);

        assertThat(risks.get(high.id())).contains(new Versioned<>(high, 1));
        assertThat(risks.findAll(risks.aboveAppetite())).extracting(Versioned::value).contains(high).doesNotContain(low);
        assertThat(risks.findAll(risks.inCategory("security-" + run))).extracting(Versioned::value)
                .containsExactly(high, low);
        assertThat(risks.findAll(risks.withOpenTreatment())).extracting(Versioned::value).contains(high)
                .doesNotContain(low);

        Page<Versioned<Risk>> first = risks.find(risks.ownedBy("owner-" + run).withPageSize(1));
        assertThat(first.items()).extracting(Versioned::value).containsExactly(high);
        assertThat(risks.find(risks.ownedBy("owner-" + run).withPageSize(1).after(first.nextPageToken().orElseThrow()))
                .items()).extracting(Versioned::value).containsExactly(low);

        Versioned<Risk> treated = risks.modify(high.id(), r -> risk("R1", 1, 2, Optional.of(
                new TreatmentPlan(Treatment.MITIGATE, "segmented", TODAY.plusMonths(2), Optional.of(TODAY)))));
        assertThat(treated.version()).isEqualTo(2);
        assertThat(risks.findAll(risks.aboveAppetite())).extracting(v -> v.value().id()).doesNotContain(high.id());
    }

    @Test
    void alertGroupsRoundTripAndARestartedCorrelatorCarriesOn() {
        String shop = "shop-" + run;
        ServiceDirectory directory = ServiceDirectory.of(Map.of("db-" + run, shop, "web-" + run, shop),
                Map.of(shop, 1), 3);
        Instant t0 = Instant.parse("2026-03-02T08:00:00Z");
        StoredAlertCorrelator first = StoredAlertCorrelator.open(store, "alerts-" + run,
                AlertCorrelator.builder(directory));
        first.ingestAll(List.of(Alert.firing("prom", "db/" + run, Severity.MINOR, "db-" + run, t0),
                Alert.firing("prom", "web/" + run, Severity.CRITICAL, "web-" + run, t0.plusSeconds(60))));

        StoredAlertCorrelator second = StoredAlertCorrelator.open(store, "alerts-" + run,
                AlertCorrelator.builder(directory));
        assertThat(second.openAlerts()).isEqualTo(2);
        List<AlertAction> repeat = second.ingest(Alert.firing("prom", "db/" + run, Severity.MINOR, "db-" + run,
                t0.plusSeconds(120)));
        assertThat(repeat).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertAction.Kind.DEDUPLICATED);
            assertThat(a.groupId()).isEqualTo(shop + "#1");
            assertThat(a.count()).isEqualTo(2);
        });
        AlertGroupRepository groups = AlertGroupRepository.documentStore(store, "alerts-" + run);
        assertThat(groups.findAll(groups.open())).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(2);   // one batch for both first alerts, one for the repeat
            assertThat(v.value()).isEqualTo(new AlertGroup(shop + "#1", shop, Severity.CRITICAL, "P1", t0,
                    t0.plusSeconds(120), false, List.of(new OpenAlert("db/" + run, Severity.MINOR, 2, false),
                            new OpenAlert("web/" + run, Severity.CRITICAL, 1, false)),
                    Map.of("db/" + run, List.of(t0), "web/" + run, List.of(t0.plusSeconds(60)))));
        });
        assertThat(groups.findAll(groups.ofService(shop))).hasSize(1);
        // another correlator's groups in the same store are its own
        AlertGroupRepository others = AlertGroupRepository.documentStore(store, "other-" + run);
        assertThat(others.findAll(others.open())).isEmpty();
    }

    @Test
    void staleRiskUpdateConflictsAndWritesNothing() {
        RiskRepository risks = RiskRepository.documentStore(store, new RiskAppetite(Map.of(), 9));
        Risk r = risks.create(risk("R1", 3, 4, Optional.empty())).value();
        risks.update(risk("R1", 2, 4, Optional.empty()), 1);
        assertThatThrownBy(() -> risks.update(risk("R1", 1, 1, Optional.empty()), 1))
                .isInstanceOf(StaleVersionException.class);
        assertThat(risks.get(r.id()).orElseThrow()).satisfies(v -> {
            assertThat(v.version()).isEqualTo(2);
            assertThat(v.value().residualLikelihood()).isEqualTo(2);
        });
    }

    @Test
    void storedRiskWhoseResidualExceedsItsInherentScoreIsRejectedOnLoad() {
        RiskRepository risks = RiskRepository.documentStore(store, new RiskAppetite(Map.of(), 9));
        Risk r = risk("R1", 3, 4, Optional.empty());
        String json = org.itm.core.json.ItmJson.toJson(r).replace("\"residualImpact\":4", "\"residualImpact\":9")
                .replace("\"residualLikelihood\":3", "\"residualLikelihood\":5");
        store.create(RiskRepository.TYPE, r.id(), Map.of(),
                "{\"itm:typeVersion\":1,\"itm:value\":" + json + "}");
        assertThatThrownBy(() -> risks.get(r.id()))
                .isInstanceOfSatisfying(StoredDocumentException.class, e -> {
                    assertThat(e.type()).isEqualTo("risk");
                    assertThat(e.id()).isEqualTo(r.id());
                })
                .hasMessageContaining("risk/" + r.id() + ":residualImpact")
                .hasMessageContaining("must not exceed the inherent score");
    }

    @Test
    void controlTestsRoundTripAndAreRecordedOncePerControlDateAndTester() {
        ControlTestRepository tests = ControlTestRepository.documentStore(store);
        String control = "AC-2-" + run;
        ControlTest pass = new ControlTest(control, TODAY, TestResult.PASS, "auditor", List.of("TCK-9"));
        ControlTest fail = new ControlTest(control, TODAY.minusMonths(3), TestResult.FAIL, "auditor", List.of());
        tests.create(pass);
        tests.create(fail);

        assertThat(tests.get(ControlTestRepository.idOf(pass))).contains(new Versioned<>(pass, 1));
        assertThat(tests.findAll(tests.ofControl(control))).extracting(Versioned::value)
                .containsExactlyInAnyOrder(pass, fail);
        assertThat(tests.findAll(tests.ofControl(control).where("result", "FAIL"))).extracting(Versioned::value)
                .containsExactly(fail);
        assertThat(tests.findAll(tests.performedIn(YearMonth.from(TODAY)))).extracting(Versioned::value)
                .contains(pass).doesNotContain(fail);
        assertThatThrownBy(() -> tests.create(pass)).isInstanceOf(StaleVersionException.class);
    }

    private Control control(String id, Period every) {
        return new Control(id + "-" + run, "Control " + id, "keeps access reviewed", ControlType.DETECTIVE, every,
                "owner-" + run, Set.of("R1"), Set.of(new RequirementRef("ISO27001", "A.5.18")));
    }

    @Test
    void controlsDueForTestingAreFoundThroughTheDueMonthIndex() {
        ControlRepository controls = ControlRepository.documentStore(store);
        ControlTestRepository tests = ControlTestRepository.documentStore(store);
        Control never = control("C-never", Period.ofMonths(3));
        Control overdue = control("C-overdue", Period.ofMonths(6));
        Control laterThisMonth = control("C-later", Period.ofMonths(3));
        Control nextMonth = control("C-next", Period.ofMonths(3));
        for (Control c : List.of(never, overdue, laterThisMonth, nextMonth)) {
            controls.create(ControlRecord.untested(c));
        }
        tests.create(new ControlTest(overdue.id(), LocalDate.of(2025, 6, 1), TestResult.PASS, "auditor", List.of()));
        controls.recordTest(new ControlTest(overdue.id(), LocalDate.of(2025, 8, 2), TestResult.PASS, "auditor",
                List.of()), tests);
        controls.recordTest(new ControlTest(laterThisMonth.id(), LocalDate.of(2025, 12, 20), TestResult.PARTIAL,
                "auditor", List.of()), tests);
        Versioned<ControlRecord> next = controls.recordTest(new ControlTest(nextMonth.id(), LocalDate.of(2026, 1, 5),
                TestResult.PASS, "auditor", List.of()), tests);
        // an older test recorded late keeps the newer one as the last
        controls.recordTest(new ControlTest(nextMonth.id(), LocalDate.of(2025, 10, 1), TestResult.FAIL, "auditor",
                List.of()), tests);

        assertThat(next.value().nextTestDue()).contains(LocalDate.of(2026, 4, 5));
        assertThat(controls.get(nextMonth.id()).orElseThrow().value().lastTest().orElseThrow().performedOn())
                .isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(controls.findAll(controls.dueIn(YearMonth.of(2026, 3)).where("owner", "owner-" + run)))
                .extracting(v -> v.value().control().id()).containsExactly(laterThisMonth.id());
        assertThat(controls.dueForTesting(TODAY, YearMonth.of(2025, 1))).extracting(v -> v.value().control().id())
                .contains(never.id(), overdue.id()).doesNotContain(laterThisMonth.id(), nextMonth.id());
        assertThat(controls.dueForTesting(LocalDate.of(2026, 3, 20), YearMonth.of(2025, 1)))
                .extracting(v -> v.value().control().id()).contains(laterThisMonth.id());
        assertThat(tests.findAll(tests.ofControl(nextMonth.id()))).hasSize(2);
        assertThatThrownBy(() -> controls.recordTest(new ControlTest(overdue.id(), LocalDate.of(2025, 8, 2),
                TestResult.PASS, "auditor", List.of()), tests)).isInstanceOf(StaleVersionException.class);
        assertThat(controls.get(overdue.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void decisionRecordsRoundTripInSequenceOrder() {
        DecisionRecordRepository decisions = DecisionRecordRepository.documentStore(store);
        String type = "architecture-" + run;
        long base = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        for (int i = 0; i < 3; i++) {
            DecisionRequest request = new DecisionRequest(type, "which database", List.of("postgres", "h2"),
                    List.of("cost"), "postgres", "kept library", "cto-" + run, Optional.empty(), Map.of());
            decisions.create(new DecisionRecord(base + i, request, Instant.parse("2026-03-1" + i + "T10:00:00Z"),
                    LocalDate.of(2026, 3, 10 + i), List.of("RACI accountable")));
        }
        List<Versioned<DecisionRecord>> all = decisions.findAll(decisions.ofType(type));
        assertThat(all).extracting(v -> v.value().sequence()).containsExactly(base, base + 1, base + 2);
        assertThat(decisions.findAll(decisions.decidedBy("cto-" + run))).hasSize(3);
        assertThat(decisions.findAll(decisions.decidedIn(YearMonth.of(2026, 3)).where("decisionType", type)))
                .hasSize(3);
        assertThat(decisions.get(DecisionRecordRepository.idOf(base)).orElseThrow().value())
                .isEqualTo(all.get(0).value());
    }

    @Test
    void surveyResponsesRoundTripAndAreFoundByServiceTeamAndMonth() {
        SurveyResponseRepository responses = SurveyResponseRepository.documentStore(store);
        String service = "mail-" + run;
        SurveyResponse csat = new SurveyResponse("resp 1/" + run, service, "desk-" + run,
                Instant.parse("2026-03-31T23:30:00Z"), OptionalInt.of(4), OptionalInt.empty(), Optional.of("INC-1"));
        SurveyResponse nps = new SurveyResponse("resp 2/" + run, service, "network-" + run,
                Instant.parse("2026-04-01T08:00:00Z"), OptionalInt.empty(), OptionalInt.of(9), Optional.empty());
        responses.create(csat);
        responses.create(nps);

        assertThat(responses.get(SurveyResponseRepository.idOf(csat.id()))).contains(new Versioned<>(csat, 1));
        assertThat(responses.findAll(responses.aboutService(service))).extracting(Versioned::value)
                .containsExactlyInAnyOrder(csat, nps);
        assertThat(responses.findAll(responses.aboutTeam("network-" + run))).extracting(Versioned::value)
                .containsExactly(nps);
        assertThat(responses.findAll(responses.aboutService(service).where("month", "2026-03")))
                .extracting(Versioned::value).containsExactly(csat);
        assertThatThrownBy(() -> responses.create(csat)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void runbookExecutionsRoundTripWithTheirStepRecords() {
        RunbookExecutionRepository executions = RunbookExecutionRepository.documentStore(store);
        String runbook = "restart-web-" + run;
        Instant t = Instant.parse("2026-03-16T10:00:00Z");
        RunbookExecution ok = new RunbookExecution("EX-1-" + run, runbook, "ann", ExecutionStatus.SUCCEEDED,
                Optional.empty(), List.of(new StepRecord("drain", false, 1, "ann", "drain node", t, t.plusSeconds(5),
                        StepOutcome.SUCCEEDED, "drained")), Map.of("node", "web-1"));
        RunbookExecution rolledBack = new RunbookExecution("EX-2-" + run, runbook, "bob", ExecutionStatus.ROLLED_BACK,
                Optional.of("restart"), List.of(
                        new StepRecord("restart", false, 1, "bob", "restart", t, t.plusSeconds(9), StepOutcome.FAILED,
                                "exit 1"),
                        new StepRecord("drain", true, 1, "bob", "undrain", t.plusSeconds(9), t.plusSeconds(10),
                                StepOutcome.SUCCEEDED, "")), Map.of());
        executions.create(ok);
        executions.create(rolledBack);

        assertThat(executions.get(RunbookExecutionRepository.idOf(ok.executionId()))).contains(new Versioned<>(ok, 1));
        assertThat(executions.findAll(executions.ofRunbook(runbook))).extracting(Versioned::value)
                .containsExactlyInAnyOrder(ok, rolledBack);
        assertThat(executions.findAll(executions.ofRunbook(runbook).where("status", "ROLLED_BACK")))
                .extracting(Versioned::value).containsExactly(rolledBack);
    }

    private CertificationCampaign openCampaign() {
        return openCampaign("Q1-" + run);
    }

    private CertificationCampaign openCampaign(String name) {
        List<Identity> people = List.of(
                new Identity("alice", "Alice", IdentityType.EMPLOYEE, IdentityStatus.ACTIVE, "finance", "clerk",
                        Optional.of("boss")),
                new Identity("boss", "Boss", IdentityType.EMPLOYEE, IdentityStatus.ACTIVE, "finance", "cfo",
                        Optional.empty()));
        AccessModel model = AccessModel.of(people, List.of(new Account("acc-alice", "erp", Optional.of("alice"), true,
                Optional.empty(), Set.of("erp:pay-vendor", "erp:create-vendor", "erp:reports"), Set.of())), List.of());
        return CertificationCampaign.open(name, LocalDate.of(2026, 3, 31), true, model,
                List.of(people.get(0)), CertificationCampaign.byManager());
    }

    @Test
    void certificationCampaignContinuesFromItsStoredStateAfterARestart() {
        CertificationCampaignRepository campaigns = CertificationCampaignRepository.documentStore(store);
        CertificationCampaign campaign = openCampaign();
        List<CertificationCampaign.Item> items = campaign.items();
        campaign.decide(items.get(0).id(), "boss", CertificationCampaign.Verdict.REVOKE);
        Versioned<CertificationCampaign.State> saved = campaigns.create(campaign.state());
        assertThat(campaigns.findAll(campaigns.open().where("dueMonth", "2026-03"))).contains(saved);

        CertificationCampaign restored = CertificationCampaign.restore(
                campaigns.get(CertificationCampaignRepository.idOf("Q1-" + run)).orElseThrow().value());
        assertThat(restored.state()).isEqualTo(campaign.state());
        restored.decide(items.get(1).id(), "boss", CertificationCampaign.Verdict.APPROVE);
        campaign.decide(items.get(1).id(), "boss", CertificationCampaign.Verdict.APPROVE);
        assertThat(restored.close(LocalDate.of(2026, 4, 1))).isEqualTo(campaign.close(LocalDate.of(2026, 4, 1)));
        campaigns.update(restored.state(), saved.version());
        assertThat(campaigns.findAll(campaigns.open())).extracting(v -> v.value().name()).doesNotContain("Q1-" + run);
    }

    @Test
    void storedCampaignWithADecisionOnNoItemIsRejectedOnLoad() {
        CertificationCampaignRepository campaigns = CertificationCampaignRepository.documentStore(store);
        CertificationCampaign.State state = openCampaign().state();
        String json = org.itm.core.json.ItmJson.toJson(state).replace("\"decisions\":{}",
                "\"decisions\":{\"ghost-item\":\"APPROVE\"}");
        String id = CertificationCampaignRepository.idOf(state.name());
        store.create(CertificationCampaignRepository.TYPE, id, Map.of(), json);
        assertThatThrownBy(() -> campaigns.get(id)).isInstanceOf(StoredDocumentException.class)
                .hasMessageContaining("certification-campaign/" + id + ":decisions.ghost-item")
                .hasMessageContaining("is not an item of the campaign");
    }

    private static final Instant T0 = Instant.parse("2026-03-16T09:00:00Z");
    private static final RiskQuestionnaire QUESTIONS = RiskQuestionnaire.withThresholds(List.of(
            new RiskQuestion("backout-tested", "Has the back-out plan been tested?", Map.of("yes", 0, "no", 3))), 2, 3);

    /** A change authorised by the change manager and, if {@code window} is given, scheduled in it. */
    private Change change(String id, String ci, Optional<TimeInterval> window) {
        Change authorised = Change.draft(id + "-" + run, "Patch " + ci, ChangeType.NORMAL, "rita",
                        List.of(ci + "-" + run, "shared-" + run), T0)
                .assess(QUESTIONS.assess(Map.of("backout-tested", "yes")),
                        ApprovalRequirement.quorum("change-management", 1, "carla"), T0.plusSeconds(60), "carla")
                .vote("carla", true, "fine", T0.plusSeconds(120));
        return window.map(w -> authorised.schedule(w, T0.plusSeconds(180), "carla")).orElse(authorised);
    }

    private static TimeInterval window(String start, String end) {
        return TimeInterval.of(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void changesRoundTripWithVotesWindowAndHistoryAndAreFoundByWindowStateAndCi() {
        ChangeRepository changes = ChangeRepository.documentStore(store);
        Change tonight = change("CHG-1", "db", Optional.of(window("2026-03-16T20:00:00Z", "2026-03-16T22:00:00Z")));
        Change overnight = change("CHG-2", "web", Optional.of(window("2026-03-16T23:00:00Z", "2026-03-17T02:00:00Z")));
        Change acrossMonths = change("CHG-3", "net", Optional.of(window("2026-02-27T00:00:00Z", "2026-04-02T00:00:00Z")));
        Change acrossYears = change("CHG-4", "dns", Optional.of(window("2025-12-01T00:00:00Z", "2027-01-01T00:00:00Z")));
        Change nextWeek = change("CHG-5", "db", Optional.of(window("2026-03-23T20:00:00Z", "2026-03-23T21:00:00Z")));
        Change unscheduled = change("CHG-6", "db", Optional.empty());
        for (Change c : List.of(tonight, overnight, acrossMonths, acrossYears, nextWeek, unscheduled)) {
            changes.create(c);
        }
        Versioned<Change> closed = changes.modify(nextWeek.id(), c -> c.assignImplementer("ivan", T0, "carla")
                .startImplementation(T0, "ivan").completeImplementation("done", T0, "ivan")
                .close(org.itm.operations.change.ClosureCode.SUCCESSFUL, "went well", T0, "carla"));
        assertThat(closed.version()).isEqualTo(2);

        assertThat(changes.get(tonight.id())).contains(new Versioned<>(tonight, 1));
        assertThat(changes.get(tonight.id()).orElseThrow().value().votes()).hasSize(1);
        TimeInterval evening = window("2026-03-16T19:00:00Z", "2026-03-17T01:00:00Z");
        assertThat(changes.allOpenInWindow(evening)).extracting(v -> v.value().id()).filteredOn(id -> id.endsWith(run))
                .containsExactlyInAnyOrder(tonight.id(), overnight.id(), acrossMonths.id(), acrossYears.id());
        TimeInterval nextWeekEvening = window("2026-03-23T19:00:00Z", "2026-03-23T23:00:00Z");
        assertThat(changes.allOpenInWindow(nextWeekEvening)).extracting(v -> v.value().id())
                .filteredOn(id -> id.endsWith(run)).containsExactlyInAnyOrder(acrossMonths.id(), acrossYears.id());
        // paged one change at a time, each open change in the window comes exactly once
        List<String> paged = new java.util.ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            Page<Versioned<Change>> page = changes.openInWindow(evening, 1, token);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(1);
            page.items().forEach(v -> paged.add(v.value().id()));
            token = page.nextPageToken();
        } while (token.isPresent());
        assertThat(paged).filteredOn(id -> id.endsWith(run)).doesNotHaveDuplicates().hasSize(4);

        assertThat(changes.findAll(changes.inState(ChangeState.AUTHORISED))).extracting(v -> v.value().id())
                .contains(unscheduled.id()).doesNotContain(tonight.id());
        assertThat(changes.findAll(changes.inState(ChangeState.CLOSED))).extracting(Versioned::value)
                .contains(closed.value());
        assertThat(changes.allTouching("db-" + run)).extracting(v -> v.value().id())
                .containsExactlyInAnyOrder(tonight.id(), nextWeek.id(), unscheduled.id());
        assertThat(changes.allTouching("shared-" + run)).hasSize(6);
        Page<Versioned<Change>> firstTwo = changes.touching("shared-" + run, 2, Optional.empty());
        assertThat(firstTwo.items()).hasSize(2);
        assertThat(firstTwo.hasNext()).isTrue();

        changes.delete(unscheduled.id(), 1);
        assertThat(changes.allTouching("db-" + run)).extracting(v -> v.value().id())
                .containsExactlyInAnyOrder(tonight.id(), nextWeek.id());
    }

    @Test
    void staleChangeUpdateConflictsAndWritesNothing() {
        ChangeRepository changes = ChangeRepository.documentStore(store);
        Change authorised = changes.create(change("CHG-1", "db", Optional.empty())).value();
        Change scheduled = authorised.schedule(window("2026-03-16T20:00:00Z", "2026-03-16T21:00:00Z"),
                T0.plusSeconds(200), "carla");
        changes.update(scheduled, 1);
        Change cancelled = authorised.cancel("not needed", T0.plusSeconds(300), "rita");
        assertThatThrownBy(() -> changes.update(cancelled, 1)).isInstanceOf(StaleVersionException.class);
        assertThat(changes.get(authorised.id())).contains(new Versioned<>(scheduled, 2));
        assertThat(changes.findAll(changes.inState(ChangeState.CANCELLED))).extracting(v -> v.value().id())
                .doesNotContain(authorised.id());
    }

    @Test
    void changeUpdateThatAltersItsCisIsRefusedWhetherOrNotTheChangeWasJustRead() {
        ChangeRepository changes = ChangeRepository.documentStore(store);
        Change stored = changes.create(change("CHG-1", "db", Optional.empty())).value();
        Change otherCis = Change.draft(stored.id(), "Patch web", ChangeType.NORMAL, "rita", List.of("web-" + run), T0)
                .assess(QUESTIONS.assess(Map.of("backout-tested", "yes")),
                        ApprovalRequirement.quorum("change-management", 1, "carla"), T0.plusSeconds(60), "carla")
                .vote("carla", true, "fine", T0.plusSeconds(120));
        changes.get(stored.id());
        assertThatThrownBy(() -> changes.update(otherCis, 1)).isInstanceOf(org.itm.core.ItmValidationException.class)
                .hasMessageContaining("are fixed when change " + stored.id() + " is drafted");
        ChangeRepository fresh = ChangeRepository.documentStore(store);
        assertThatThrownBy(() -> fresh.update(otherCis, 1)).isInstanceOf(org.itm.core.ItmValidationException.class)
                .hasMessageContaining("are fixed when change " + stored.id() + " is drafted");
        assertThat(changes.get(stored.id())).contains(new Versioned<>(stored, 1));
        assertThat(changes.allTouching("web-" + run)).isEmpty();
    }

    @Test
    void storedChangeAuthorisedWithoutItsVotesIsRejectedOnLoad() {
        ChangeRepository changes = ChangeRepository.documentStore(store);
        Change authorised = change("CHG-1", "db", Optional.empty());
        ObjectNode tree = (ObjectNode) org.itm.core.json.ItmJson.json().readTree(
                org.itm.core.json.ItmJson.toJson(authorised));
        tree.putArray("votes");
        tools.jackson.databind.node.ArrayNode history = (tools.jackson.databind.node.ArrayNode) tree.get("history");
        history.remove(2);   // the approve entry, so the history alone looks consistent
        store.create(ChangeRepository.TYPE, authorised.id(), Map.of(),
                "{\"itm:typeVersion\":1,\"itm:value\":" + tree + "}");
        assertThatThrownBy(() -> changes.get(authorised.id()))
                .isInstanceOfSatisfying(StoredDocumentException.class, e -> assertThat(e.type()).isEqualTo("change"))
                .hasMessageContaining("change/" + authorised.id() + ":votes")
                .hasMessageContaining("yet it was authorised");
    }

    private Problem problem(String id, String ci, String service) {
        return new Problem(id + "-" + run, "Problem " + id, ProblemState.NEW, List.of(new IncidentId("INC-" + id)),
                Optional.of(ci + "-" + run), Optional.of(service + "-" + run), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), List.of(T0 + " pm: created from 1 incident(s)"));
    }

    @Test
    void problemsAndKnownErrorsRoundTripAndAreFoundByCiServiceStateAndSymptom() {
        ProblemRepository problems = ProblemRepository.documentStore(store);
        KnownErrorBase kedb = KnownErrorBase.stored(problems);
        String word = "vpn" + run;
        Problem vpn = problem("PRB-1", "gw", "remote");
        Problem dns = problem("PRB-2", "gw", "naming");
        Problem mail = problem("PRB-3", "mx", "mail");
        for (Problem p : List.of(vpn, dns, mail)) {
            problems.create(p);
        }
        RootCause leak = new RootCause("software/memory-leak", "gateway leaks sessions");
        Versioned<Problem> known = problems.modify(vpn.id(), p -> p.recordRootCause(leak, T0, "pm")
                .publishKnownError("restart the gateway", List.of(word + " disconnects after 8 hours",
                        "session table full"), T0, "pm"));
        kedb.publish(dns.recordRootCause(new RootCause("config", "stale zone"), T0, "pm")
                .publishKnownError("flush the cache", List.of("names fail to resolve on " + word), T0, "pm"));
        problems.modify(mail.id(), p -> p.recordRootCause(leak, T0, "pm"));

        assertThat(problems.get(vpn.id())).contains(known);
        assertThat(problems.findAll(problems.onCi("gw-" + run))).extracting(v -> v.value().id())
                .containsExactly(vpn.id(), dns.id());
        assertThat(problems.findAll(problems.ofService("mail-" + run))).extracting(v -> v.value().state())
                .containsExactly(ProblemState.UNDER_INVESTIGATION);
        assertThat(problems.findAll(problems.inState(ProblemState.KNOWN_ERROR).where("ci", "gw-" + run)))
                .hasSize(2);
        assertThat(kedb.bySymptom(word.toUpperCase(java.util.Locale.ROOT))).extracting(Problem::id)
                .containsExactly(vpn.id(), dns.id());
        assertThat(kedb.bySymptom(word + " DISCONNECTS")).extracting(Problem::id).containsExactly(vpn.id());
        assertThat(kedb.bySymptom(word + " printer")).isEmpty();
        assertThat(kedb.byCi("gw-" + run)).hasSize(2);
        assertThat(kedb.byService("mail-" + run)).isEmpty();

        // republished with other symptoms: the old words no longer find it, the new ones do
        problems.modify(vpn.id(), p -> p.publishKnownError("upgrade firmware", List.of("tunnel resets " + run),
                T0.plusSeconds(60), "pm"));
        assertThat(kedb.bySymptom(word + " disconnects")).isEmpty();
        assertThat(kedb.bySymptom("tunnel " + run)).extracting(Problem::id).containsExactly(vpn.id());
        Versioned<Problem> resolved = problems.modify(vpn.id(), p -> p.resolveBy("CHG-9", T0, "pm"));
        assertThatThrownBy(() -> problems.update(resolved.value().close(T0, "pm"), resolved.version() - 1))
                .isInstanceOf(StaleVersionException.class);
        assertThat(problems.get(vpn.id())).contains(resolved);
        problems.delete(dns.id(), 2);
        assertThat(kedb.bySymptom(word)).isEmpty();
    }

    @Test
    void storedProblemResolvedWithoutARootCauseIsRejectedOnLoad() {
        ProblemRepository problems = ProblemRepository.documentStore(store);
        Problem p = problem("PRB-1", "gw", "remote");
        ObjectNode tree = (ObjectNode) org.itm.core.json.ItmJson.json().readTree(org.itm.core.json.ItmJson.toJson(p));
        tree.put("state", "RESOLVED");
        tree.put("resolvingChange", "CHG-1");
        store.create(ProblemRepository.TYPE, p.id(), Map.of(), "{\"itm:typeVersion\":1,\"itm:value\":" + tree + "}");
        assertThatThrownBy(() -> problems.get(p.id())).isInstanceOf(StoredDocumentException.class)
                .hasMessageContaining("problem/" + p.id() + ":rootCause")
                .hasMessageContaining("a problem is resolved once its cause is known");
    }

    @Test
    void runbookStepAttemptsAreJournaledOncePerKeyAndFinishedWithTheirOutputs() {
        StepAttemptRepository attempts = StepAttemptRepository.documentStore(store);
        String execution = "RUN-" + run;
        Instant t = Instant.parse("2026-03-16T10:00:00Z");
        Versioned<StepAttempt> started = attempts.create(StepAttempt.started(execution, "drain", false, 1, t));
        assertThat(started.value().key()).isEqualTo(execution + "|drain|do|1");
        assertThatThrownBy(() -> attempts.create(StepAttempt.started(execution, "drain", false, 1, t.plusSeconds(1))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(attempts.findAll(attempts.ofExecution(execution).where("finished", "false"))).containsExactly(started);
        StepAttempt finished = started.value().finish(new StepRecord("drain", false, 1, "bot", "drain", t,
                t.plusSeconds(5), StepOutcome.SUCCEEDED, "drained"), Map.of("drained", "yes"));
        attempts.update(finished, started.version());
        assertThat(attempts.get(StepAttemptRepository.idOf(finished.key()))).contains(new Versioned<>(finished, 2));
        assertThat(attempts.findAll(attempts.ofExecution(execution).where("finished", "false"))).isEmpty();
    }

    @Test
    void portfolioDecisionsRoundTripAndTheDecisionInForceFollowsReplans() {
        PortfolioDecisionRepository decisions = PortfolioDecisionRepository.documentStore(store);
        String cycle = "2026-H2-" + run;
        InitiativeId crm = new InitiativeId("crm-" + run);
        InitiativeId erp = new InitiativeId("erp-" + run);
        PortfolioDecision first = new PortfolioDecision("PFD-1-" + run, cycle, TODAY, "board-" + run, List.of(
                new SelectionDecision(crm, true, "value for cost"), new SelectionDecision(erp, false, "exceeds the capex cap")),
                List.of(new Placement(crm, YearQuarter.of(2026, 3), YearQuarter.of(2027, 1), 0, 0, "as planned")),
                Optional.empty(), "capex cap 2M");
        decisions.create(first);
        assertThat(decisions.inForce(cycle)).contains(new Versioned<>(first, 1));
        PortfolioDecision replan = first.supersededBy("PFD-2-" + run, TODAY.plusMonths(1), "board-" + run, List.of(
                new SelectionDecision(crm, true, "value for cost"), new SelectionDecision(erp, true, "cap raised")),
                List.of(new Placement(crm, YearQuarter.of(2026, 3), YearQuarter.of(2027, 1), 0, 1, "as planned"),
                        new Placement(erp, YearQuarter.of(2026, 4), YearQuarter.of(2027, 2), 1, 0, "after crm")),
                "capex cap 3M");
        decisions.create(replan);

        assertThat(decisions.get(replan.id())).contains(new Versioned<>(replan, 1));
        assertThat(decisions.inForce(cycle).orElseThrow().value().selected()).containsExactly(crm, erp);
        assertThat(decisions.findAll(decisions.superseding(first.id()))).extracting(Versioned::value)
                .containsExactly(replan);
        assertThat(decisions.findAll(decisions.decidedBy("board-" + run))).hasSize(2);
        assertThat(decisions.inForce("other-" + run)).isEmpty();
        assertThatThrownBy(() -> decisions.update(first, 2)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void storedPortfolioDecisionPlacingAnUnselectedInitiativeIsRejectedOnLoad() {
        PortfolioDecisionRepository decisions = PortfolioDecisionRepository.documentStore(store);
        InitiativeId crm = new InitiativeId("crm-" + run);
        PortfolioDecision d = new PortfolioDecision("PFD-1-" + run, "2026-H2", TODAY, "board", List.of(
                new SelectionDecision(crm, true, "value")), List.of(new Placement(crm, YearQuarter.of(2026, 3),
                YearQuarter.of(2027, 1), 0, 0, "as planned")), Optional.empty(), "");
        String json = org.itm.core.json.ItmJson.toJson(d).replace("\"selected\":true", "\"selected\":false");
        store.create(PortfolioDecisionRepository.TYPE, d.id(), Map.of(), json);
        assertThatThrownBy(() -> decisions.get(d.id())).isInstanceOf(StoredDocumentException.class)
                .hasMessageContaining("portfolio-decision/" + d.id() + ":placements[0].id")
                .hasMessageContaining("is placed but not selected");
    }

    @Test
    void improvementInitiativesAreStoredOneByOneAndMovedThroughPdca() {
        ImprovementInitiativeRepository register = ImprovementInitiativeRepository.documentStore(store);
        String owner = "ana-" + run;
        ImprovementInitiative faster = new ImprovementInitiative("ci-1-" + run, "Faster mail restores", owner,
                "incident.mttr.median", Map.of("service", "mail"), KpiDirection.LOWER_IS_BETTER, 12, 8, PdcaStage.PLAN,
                LocalDate.of(2026, 2, 1));
        ImprovementInitiative happier = new ImprovementInitiative("ci-2-" + run, "Happier users", owner,
                "csat-" + run, Map.of(), KpiDirection.HIGHER_IS_BETTER, 3.9, 4.3, PdcaStage.PLAN, LocalDate.of(2026, 2, 1));
        register.create(faster);
        register.create(happier);
        assertThat(register.moveTo(faster.id(), PdcaStage.DO).version()).isEqualTo(2);
        register.moveTo(faster.id(), PdcaStage.CHECK);
        assertThatThrownBy(() -> register.moveTo(happier.id(), PdcaStage.ACT))
                .isInstanceOf(org.itm.core.IllegalStateTransitionException.class);

        assertThat(register.findAll(register.ownedBy(owner).where("stage", "CHECK"))).extracting(v -> v.value().id())
                .containsExactly(faster.id());
        assertThat(register.findAll(register.measuredBy("csat-" + run))).extracting(Versioned::value)
                .containsExactly(happier);
        assertThat(register.get(happier.id())).contains(new Versioned<>(happier, 1));
        assertThat(register.register().find(faster.id()).orElseThrow().stage()).isEqualTo(PdcaStage.CHECK);
    }

    @Test
    void changeStoredInTheShapeBeforeTemplatesIsMigratedOnRead() {
        ChangeRepository changes = ChangeRepository.documentStore(store);
        assertThat(changes.typeVersion()).isEqualTo(2);
        Change c = change("CHG-1", "db", Optional.of(window("2026-03-16T20:00:00Z", "2026-03-16T22:00:00Z")));
        ObjectNode v1 = (ObjectNode) org.itm.core.json.ItmJson.json().readTree(org.itm.core.json.ItmJson.toJson(c));
        v1.remove("template");
        store.create(ChangeRepository.TYPE, c.id(), Map.of("state", "SCHEDULED", "open", "true"),
                "{\"itm:typeVersion\":1,\"itm:value\":" + v1 + "}");
        Change bare = change("CHG-2", "db", Optional.empty());
        ObjectNode bareV1 = (ObjectNode) org.itm.core.json.ItmJson.json().readTree(
                org.itm.core.json.ItmJson.toJson(bare));
        bareV1.remove("template");
        store.create(ChangeRepository.TYPE, bare.id(), Map.of(), bareV1.toString());   // before envelopes: version 1

        assertThat(changes.get(c.id())).contains(new Versioned<>(c, 1));
        assertThat(changes.get(bare.id())).contains(new Versioned<>(bare, 1));
        // written back at the current version, with its window indexed again
        changes.update(c.cancel("postponed", T0.plusSeconds(400), "rita"), 1);
        assertThat(store.read(ChangeRepository.TYPE, c.id()).orElseThrow().json()).startsWith("{\"itm:typeVersion\":2,");
        assertThat(changes.findAll(changes.inState(ChangeState.CANCELLED))).extracting(v -> v.value().id())
                .contains(c.id());
    }

    /** Version 2 of a note renamed "text" to "body". */
    record Note(String id, String body) {
    }

    @Test
    void documentOfThePreviousTypeVersionIsMigratedOnRead() {
        Repository<Note> notes = Repository.builder(Note.class, "kit-note").id(Note::id).typeVersion(2)
                .migration(1, old -> {
                    ObjectNode n = (ObjectNode) old;
                    n.set("body", n.remove("text"));
                    return n;
                })
                .build(store);
        String id = "N-" + run;
        store.create("kit-note", id, Map.of(),
                "{\"itm:value\":{\"text\":\"hello\",\"id\":\"" + id + "\"},\"itm:typeVersion\":1}");
        assertThat(notes.get(id)).contains(new Versioned<>(new Note(id, "hello"), 1));
        notes.modify(id, n -> new Note(id, n.body() + " again"));
        assertThat(notes.get(id)).contains(new Versioned<>(new Note(id, "hello again"), 2));
    }

    private static Optional<Integer> fire(StoredEscalationLedger ledger, String notifier, String ticket, String rule,
            String scope, int raiseTo) {
        String key = ticket + "|" + rule + "|" + scope;
        String notificationKey = "escalation:" + key;
        EscalationRecord record = new EscalationRecord(key, ticket, rule, scope, T0, T0.plusSeconds(30), 0,
                Optional.of(notificationKey));
        return ledger.fire(record, raiseTo, level -> List.of(ledger.outbox().enqueue(notifier,
                Notification.builder().channel("webhook").recipients(List.of("duty-manager"))
                        .subject(key + " raised to level " + level).body("").severity(Severity.MAJOR)
                        .correlationId(ticket).deduplicationKey(notificationKey).idempotencyKey(notificationKey).build(), T0)));
    }

    @Test
    void escalationLedgerFiresEachThresholdOnceAcrossARestartAndPagesWhatIsPendingPerSlaCycle() {
        String ticket = "INC-" + run;
        String notifier = "webhook-" + run;
        StoredEscalationLedger ledger = StoredEscalationLedger.create(Outbox.create(store));
        assertThat(fire(ledger, notifier, ticket, "sla-50", "cycle1", 1)).contains(1);
        assertThat(fire(ledger, notifier, ticket, "sla-90", "cycle1", 2)).contains(2);
        assertThat(fire(ledger, notifier, ticket, "sla-50", "cycle2", 1)).contains(2);   // a level never drops

        // a restarted process (new ledger, new outbox, same store) knows what fired
        StoredEscalationLedger restarted = StoredEscalationLedger.create(Outbox.create(store));
        assertThat(fire(restarted, notifier, ticket, "sla-50", "cycle1", 1)).isEmpty();
        assertThat(restarted.level(ticket)).isEqualTo(2);
        assertThat(restarted.find(ticket + "|sla-50|cycle1")).hasValueSatisfying(r -> {
            assertThat(r.level()).isEqualTo(1);
            assertThat(r.notificationKey()).contains("escalation:" + ticket + "|sla-50|cycle1");
        });
        Page<EscalationRecord> first = restarted.fired(ticket, Optional.of("cycle1"), 1, Optional.empty());
        Page<EscalationRecord> second = restarted.fired(ticket, Optional.of("cycle1"), 1, first.nextPageToken());
        assertThat(first.items()).hasSize(1);
        assertThat(second.items()).hasSize(1);
        assertThat(second.hasNext()).isFalse();
        assertThat(List.of(first.items().get(0).ruleId(), second.items().get(0).ruleId()))
                .containsExactlyInAnyOrder("sla-50", "sla-90");
        assertThat(restarted.fired(ticket, Optional.empty(), 10, Optional.empty()).items()).hasSize(3);
        assertThat(restarted.pending(ticket, "cycle1")).extracting(EscalationRecord::ruleId)
                .containsExactlyInAnyOrder("sla-50", "sla-90");

        RecordingNotifier webhook = RecordingNotifier.create(notifier);
        OutboxDispatcher.builder(restarted.outbox()).notifier(webhook)
                .clock(Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC)).build().drainOnce();
        assertThat(webhook.received()).extracting(n -> n.idempotencyKey().orElseThrow()).containsExactlyInAnyOrder(
                "escalation:" + ticket + "|sla-50|cycle1", "escalation:" + ticket + "|sla-90|cycle1",
                "escalation:" + ticket + "|sla-50|cycle2");
        assertThat(restarted.pending(ticket, "cycle1")).isEmpty();
        assertThat(restarted.pending(ticket, "cycle2")).isEmpty();
    }

    @Test
    void pendingEscalationsOfAnSlaCycleArePagedThroughTheScopeIndexWithoutReadingOtherEscalations() {
        String scope = "cycle-" + run;
        String delivered = "webhook-a-" + run;
        String down = "webhook-b-" + run;
        List<Query> queries = new ArrayList<>();
        DocumentStore watched = watching(store, queries);
        StoredEscalationLedger ledger = StoredEscalationLedger.create(Outbox.create(watched));
        for (int i = 1; i <= 2; i++) {
            fire(ledger, delivered, "INC-" + run + "-" + i, "sla-50", scope, 1);
        }
        for (int i = 3; i <= 5; i++) {
            fire(ledger, down, "INC-" + run + "-" + i, "sla-50", scope, 1);
        }
        fire(ledger, down, "INC-" + run + "-6", "sla-50", "other-" + run, 1);   // another cycle: not this one's
        RecordingNotifier webhook = RecordingNotifier.create(delivered);
        OutboxDispatcher.builder(ledger.outbox()).notifier(webhook)
                .clock(Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC)).build().drainOnce();
        assertThat(webhook.received()).hasSize(2);

        queries.clear();
        List<String> pending = new ArrayList<>();
        Optional<String> token = Optional.empty();
        int pages = 0;
        do {
            Page<EscalationRecord> page = ledger.pendingInScope(scope, 2, token);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            page.items().forEach(r -> pending.add(r.ticketId()));
            token = page.nextPageToken();
            pages++;
        } while (token.isPresent() && pages < 10);

        assertThat(pending).containsExactlyInAnyOrder("INC-" + run + "-3", "INC-" + run + "-4", "INC-" + run + "-5");
        assertThat(token).isEmpty();
        // every query went through the scope index of the escalation records; none listed a type unfiltered
        assertThat(queries).isNotEmpty().allSatisfy(q -> {
            assertThat(q.type()).isEqualTo(StoredEscalationLedger.RECORD_TYPE);
            assertThat(q.filters()).isEqualTo(Map.of("scope", scope));
        });
        assertThat(ledger.pendingInScope("other-" + run, 10, Optional.empty()).items())
                .extracting(EscalationRecord::ticketId).containsExactly("INC-" + run + "-6");
        assertThat(ledger.pendingInScope("none-" + run, 10, Optional.empty()).items()).isEmpty();
    }

    /** {@code store}, recording every query made through it into {@code queries}. */
    private static DocumentStore watching(DocumentStore store, List<Query> queries) {
        return new DocumentStore() {
            @Override
            public void declare(String type, Set<String> indexedFields) {
                store.declare(type, indexedFields);
            }

            @Override
            public Optional<org.itm.core.store.Document> read(String type, String id) {
                return store.read(type, id);
            }

            @Override
            public Page<org.itm.core.store.Document> query(Query query) {
                queries.add(query);
                return store.query(query);
            }

            @Override
            public void write(List<? extends Write> batch) {
                store.write(batch);
            }
        };
    }

    @Test
    void storedEscalationRecordFiredBeforeItWasDueIsRejectedOnLoadAndANewerVersionToo() {
        StoredEscalationLedger ledger = StoredEscalationLedger.create(Outbox.create(store));
        String key = "INC-" + run + "|sla-50|cycle1";
        String json = "{\"key\":\"" + key + "\",\"ticketId\":\"INC-" + run + "\",\"ruleId\":\"sla-50\","
                + "\"scope\":\"cycle1\",\"dueAt\":\"2026-03-16T09:00:00Z\",\"firedAt\":\"2026-03-16T08:00:00Z\","
                + "\"level\":1,\"notificationKey\":null}";
        String id = DocumentIds.forKey(key);
        store.create(StoredEscalationLedger.RECORD_TYPE, id, Map.of(), "{\"itm:typeVersion\":1,\"itm:value\":" + json + "}");
        assertThatThrownBy(() -> ledger.find(key)).isInstanceOf(StoredDocumentException.class)
                .hasMessageContaining("escalation/" + id + ":firedAt")
                .hasMessageContaining("must not be before dueAt");
        store.delete(StoredEscalationLedger.RECORD_TYPE, id, 1);

        String valid = json.replace("08:00:00Z", "09:01:00Z");
        store.create(StoredEscalationLedger.RECORD_TYPE, id, Map.of(), "{\"itm:typeVersion\":1,\"itm:value\":" + valid + "}");
        assertThat(ledger.find(key)).hasValueSatisfying(r -> assertThat(r.firedAt()).isEqualTo(T0.plusSeconds(60)));
        store.delete(StoredEscalationLedger.RECORD_TYPE, id, 1);
        store.create(StoredEscalationLedger.RECORD_TYPE, id, Map.of(), "{\"itm:typeVersion\":2,\"itm:value\":" + valid + "}");
        assertThatThrownBy(() -> ledger.find(key)).isInstanceOf(StoredDocumentException.class)
                .hasMessageContaining("newer than the type version 1");
        store.delete(StoredEscalationLedger.RECORD_TYPE, id, 1);
    }

    private ProblemProposal proposal(DetectionScope scope, String... incidents) {
        return new ProblemProposal(scope, "gw-" + run, "network", java.util.Arrays.stream(incidents)
                .map(i -> new IncidentId(i + "-" + run)).toList(), T0, T0.plusSeconds(3600), "recurring");
    }

    private ProposalMemory proposalMemory(String notifier) {
        return ProposalMemory.builder(Outbox.create(store)).notifier(notifier).recipients("problem-managers")
                .clock(Clock.fixed(T0, ZoneOffset.UTC)).build();
    }

    @Test
    void problemDetectorMemoryKeepsEachIncidentInOneProposalPerScopeAcrossARestart() {
        String notifier = "webhook-" + run;
        ProblemProposal first = proposal(DetectionScope.CI, "INC-1", "INC-2", "INC-3");
        assertThat(proposalMemory(notifier).record(first)).isTrue();

        ProposalMemory restarted = proposalMemory(notifier);
        assertThat(restarted.proposedAmong(DetectionScope.CI, List.of("INC-1-" + run, "INC-4-" + run)))
                .containsExactly("INC-1-" + run);
        ProblemProposal overlapping = proposal(DetectionScope.CI, "INC-3", "INC-4");
        assertThat(restarted.record(overlapping)).isFalse();
        // the refused proposal wrote nothing: neither its claims nor its notification
        assertThat(restarted.proposedAmong(DetectionScope.CI, List.of("INC-4-" + run))).isEmpty();
        Outbox outbox = Outbox.create(store);
        assertThat(outbox.find(ProposalMemory.idempotencyKey(first))).isPresent();
        assertThat(outbox.find(ProposalMemory.idempotencyKey(overlapping))).isEmpty();
        // the other scope keeps its own memory
        assertThat(restarted.record(proposal(DetectionScope.SERVICE, "INC-1", "INC-2", "INC-3"))).isTrue();
        assertThat(restarted.record(proposal(DetectionScope.CI, "INC-4", "INC-5"))).isTrue();
    }

    @Test
    void storedProposalClaimNamingAnIncidentOutsideItsProposalIsRejectedOnLoad() {
        String incident = "INC-9-" + run;
        String id = DocumentIds.forKey("CI|" + incident);
        ProposalMemory memory = proposalMemory("webhook-" + run);
        store.create(ProposalMemory.CLAIM_TYPE, id, Map.of(), "{\"itm:typeVersion\":1,\"itm:value\":"
                + "{\"scope\":\"CI\",\"incidentId\":\"" + incident + "\",\"proposalKey\":\"CI|INC-1,INC-2\"}}");
        assertThatThrownBy(() -> memory.proposedAmong(DetectionScope.CI, List.of(incident)))
                .isInstanceOf(StoredDocumentException.class)
                .hasMessageContaining(ProposalMemory.CLAIM_TYPE + "/" + id + ":proposalKey")
                .hasMessageContaining("that holds incident " + incident);
        store.delete(ProposalMemory.CLAIM_TYPE, id, 1);
    }

    /** Gives the records built next their own run suffix, so each test of a contract has ids of its own. */
    private String renew() {
        run = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        return run;
    }

    private static ObjectNode field(ObjectNode tree, String name) {
        return (ObjectNode) tree.get(name);
    }

    /**
     * Every aggregate of a process, one contract each: round trip and paging through an indexed query, stale writes,
     * invariants on load, the previous type version and an unknown newer one (see {@link AggregateContract}).
     */
    @TestFactory
    Stream<DynamicContainer> everyAggregateRepositoryKeepsTheContract() {
        Instant t = Instant.parse("2026-03-16T10:00:00Z");
        return Stream.of(
                AggregateContract.tests(() -> {
                    renew();
                    ChangeRepository changes = ChangeRepository.documentStore(store);
                    return new AggregateContract<>("changes", changes, Change::id,
                            change("CHG-A", "db", Optional.empty()), change("CHG-B", "db", Optional.empty()),
                            c -> c.schedule(window("2026-03-16T20:00:00Z", "2026-03-16T21:00:00Z"),
                                    T0.plusSeconds(180), "carla"),
                            (size, token) -> changes.touching("db-" + run, size, token),
                            tree -> {
                                tree.putArray("votes");
                                ((tools.jackson.databind.node.ArrayNode) tree.get("history")).remove(2);
                                return tree;
                            }, "votes", "yet it was authorised", UnaryOperator.identity())
                            .previousVersion(tree -> {
                                tree.remove("template");
                                return tree;
                            });
                }),
                AggregateContract.tests(() -> {
                    renew();
                    ProblemRepository problems = ProblemRepository.documentStore(store);
                    return AggregateContract.paged("problems and known errors", problems, Problem::id,
                            problem("PRB-A", "gw", "remote"), problem("PRB-B", "gw", "naming"),
                            p -> p.recordRootCause(new RootCause("software/leak", "leaks sessions"), T0, "pm"),
                            problems.onCi("gw-" + run),
                            tree -> tree.put("state", "RESOLVED").put("resolvingChange", "CHG-1"), "rootCause",
                            "a problem is resolved once its cause is known");
                }),
                AggregateContract.tests(() -> {
                    renew();
                    String shop = "shop-" + run;
                    AlertGroupRepository groups = AlertGroupRepository.documentStore(store, "kit-" + run);
                    Instant t0 = Instant.parse("2026-03-02T08:00:00Z");
                    AlertGroup db = new AlertGroup(shop + "#1", shop, Severity.MAJOR, "P2", t0, t0.plusSeconds(60),
                            false, List.of(new OpenAlert("db/disk", Severity.MAJOR, 2, false)),
                            Map.of("db/disk", List.of(t0)));
                    AlertGroup web = new AlertGroup(shop + "#2", shop, Severity.MINOR, "P3", t0, t0, false,
                            List.of(new OpenAlert("web/5xx", Severity.MINOR, 1, false)),
                            Map.of("web/5xx", List.of(t0)));
                    return AggregateContract.paged("alert groups and open alerts", groups,
                            g -> groups.idOf(g.id()), db, web,
                            g -> new AlertGroup(g.id(), g.service(), g.maxSeverity(), g.priority(), g.openedAt(),
                                    g.lastActivity().plusSeconds(60), g.flapping(), g.open(), g.transitions()),
                            groups.ofService(shop),
                            tree -> tree.put("lastActivity", "2026-03-02T07:00:00Z"), "lastActivity",
                            "must not be before openedAt")
                            .previousVersion(tree -> {
                                tree.remove("superseded");
                                return tree;
                            });
                }),
                AggregateContract.tests(() -> {
                    renew();
                    RunbookExecutionRepository executions = RunbookExecutionRepository.documentStore(store);
                    String runbook = "restart-web-" + run;
                    StepRecord drained = new StepRecord("drain", false, 1, "ann", "drain node", t, t.plusSeconds(5),
                            StepOutcome.SUCCEEDED, "drained");
                    return AggregateContract.paged("runbook executions", executions,
                            e -> RunbookExecutionRepository.idOf(e.executionId()),
                            new RunbookExecution("EX-1-" + run, runbook, "ann", ExecutionStatus.SUCCEEDED,
                                    Optional.empty(), List.of(drained), Map.of("node", "web-1")),
                            new RunbookExecution("EX-2-" + run, runbook, "bob", ExecutionStatus.ROLLED_BACK,
                                    Optional.of("restart"), List.of(new StepRecord("restart", false, 1, "bob",
                                            "restart", t, t.plusSeconds(9), StepOutcome.FAILED, "exit 1")), Map.of()),
                            e -> new RunbookExecution(e.executionId(), e.runbookId(), e.startedBy(), e.status(),
                                    e.failedStep(), e.records(), Map.of("node", "web-2")),
                            executions.ofRunbook(runbook),
                            tree -> tree.put("failedStep", "drain"), "failedStep",
                            "must be empty when every step succeeded");
                }),
                AggregateContract.tests(() -> {
                    renew();
                    StepAttemptRepository attempts = StepAttemptRepository.documentStore(store);
                    String execution = "RUN-" + run;
                    return AggregateContract.paged("runbook step attempts", attempts,
                            a -> StepAttemptRepository.idOf(a.key()),
                            StepAttempt.started(execution, "drain", false, 1, t),
                            StepAttempt.started(execution, "restart", false, 1, t),
                            a -> a.finish(new StepRecord("drain", false, 1, "bot", "drain", t, t.plusSeconds(5),
                                    StepOutcome.SUCCEEDED, "drained"), Map.of("drained", "yes")),
                            attempts.ofExecution(execution),
                            tree -> {
                                tree.putObject("outputs").put("drained", "yes");
                                return tree;
                            }, "outputs", "only a successful attempt adds to the context");
                }),
                AggregateContract.tests(() -> {
                    renew();
                    RiskRepository risks = RiskRepository.documentStore(store, new RiskAppetite(Map.of(), 9));
                    return AggregateContract.paged("risks and treatments", risks, Risk::id,
                            risk("R1", 3, 4, Optional.of(TreatmentPlan.of(Treatment.MITIGATE, "segment the network",
                                    TODAY.plusMonths(2)))),
                            risk("R2", 1, 2, Optional.empty()),
                            r -> risk("R1", 2, 3, r.treatment()),
                            risks.inCategory("security-" + run),
                            tree -> tree.put("residualLikelihood", 5).put("residualImpact", 9), "residualImpact",
                            "must not exceed the inherent score");
                }),
                AggregateContract.tests(() -> {
                    renew();
                    ControlRepository controls = ControlRepository.documentStore(store);
                    Control c1 = control("C-1", Period.ofMonths(3));
                    ControlTest passed = new ControlTest(c1.id(), TODAY, TestResult.PASS, "auditor", List.of());
                    return AggregateContract.paged("controls and their last test", controls, r -> r.control().id(),
                            ControlRecord.untested(c1).tested(passed),
                            ControlRecord.untested(control("C-2", Period.ofMonths(6))),
                            r -> r.tested(new ControlTest(c1.id(), TODAY.plusDays(1), TestResult.FAIL, "auditor",
                                    List.of())),
                            controls.ownedBy("owner-" + run),
                            tree -> {
                                field(tree, "lastTest").put("controlId", "OTHER-1");
                                return tree;
                            }, "lastTest.controlId", "must be the control's id");
                }),
                AggregateContract.tests(() -> {
                    renew();
                    ControlTestRepository tests = ControlTestRepository.documentStore(store);
                    String control = "AC-2-" + run;
                    return AggregateContract.paged("control test records", tests, ControlTestRepository::idOf,
                            new ControlTest(control, TODAY, TestResult.PASS, "auditor", List.of("TCK-9")),
                            new ControlTest(control, TODAY.minusMonths(3), TestResult.FAIL, "auditor", List.of()),
                            ct -> new ControlTest(ct.controlId(), ct.performedOn(), ct.result(), ct.tester(),
                                    List.of("TCK-9", "TCK-10")),
                            tests.ofControl(control),
                            tree -> tree.put("tester", " "), "tester", "must not be blank");
                }),
                AggregateContract.tests(() -> {
                    renew();
                    CertificationCampaignRepository campaigns = CertificationCampaignRepository.documentStore(store);
                    CertificationCampaign q1 = openCampaign("Q1-" + run);
                    CertificationCampaign.State opened = q1.state();
                    q1.decide(q1.items().get(0).id(), "boss", CertificationCampaign.Verdict.REVOKE);
                    CertificationCampaign.State decided = q1.state();
                    return AggregateContract.paged("certification campaigns and decisions", campaigns,
                            c -> CertificationCampaignRepository.idOf(c.name()), opened,
                            openCampaign("Q2-" + run).state(), c -> decided, campaigns.open(),
                            tree -> {
                                field(tree, "decisions").put("ghost-item", "APPROVE");
                                return tree;
                            }, "decisions.ghost-item", "is not an item of the campaign");
                }),
                AggregateContract.tests(() -> {
                    renew();
                    DecisionRecordRepository decisions = DecisionRecordRepository.documentStore(store);
                    String type = "architecture-" + run;
                    long base = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
                    DecisionRequest request = new DecisionRequest(type, "which database", List.of("postgres", "h2"),
                            List.of("cost"), "postgres", "kept library", "cto-" + run, Optional.empty(), Map.of());
                    return AggregateContract.paged("governance decisions (decision log)", decisions,
                            r -> DecisionRecordRepository.idOf(r.sequence()),
                            new DecisionRecord(base, request, t, TODAY, List.of("RACI accountable")),
                            new DecisionRecord(base + 1, request, t.plusSeconds(60), TODAY, List.of("delegation L2")),
                            r -> new DecisionRecord(r.sequence(), r.request(), r.decidedAt(), r.date(),
                                    List.of("RACI accountable", "vote 3 of 4")),
                            decisions.ofType(type),
                            tree -> {
                                field(tree, "request").put("decision", "mysql");
                                return tree;
                            }, "$.request.decision", "must be one of the options");
                }),
                AggregateContract.tests(() -> {
                    renew();
                    PortfolioDecisionRepository decisions = PortfolioDecisionRepository.documentStore(store);
                    InitiativeId crm = new InitiativeId("crm-" + run);
                    List<SelectionDecision> selections = List.of(new SelectionDecision(crm, true, "value for cost"));
                    List<Placement> placements = List.of(new Placement(crm, YearQuarter.of(2026, 3),
                            YearQuarter.of(2027, 1), 0, 0, "as planned"));
                    return AggregateContract.paged("roadmap and portfolio decisions", decisions,
                            PortfolioDecision::id,
                            new PortfolioDecision("PFD-1-" + run, "2026-H2", TODAY, "board-" + run, selections,
                                    placements, Optional.empty(), "capex cap 2M"),
                            new PortfolioDecision("PFD-2-" + run, "2027-H1", TODAY, "board-" + run, selections,
                                    placements, Optional.empty(), "capex cap 2M"),
                            d -> new PortfolioDecision(d.id(), d.cycle(), d.decidedOn(), d.decidedBy(), d.selections(),
                                    d.placements(), d.supersedes(), "capex cap 2.5M"),
                            decisions.decidedBy("board-" + run),
                            tree -> {
                                ((ObjectNode) tree.get("selections").get(0)).put("selected", false);
                                return tree;
                            }, "placements[0].id", "is placed but not selected");
                }),
                AggregateContract.tests(() -> {
                    renew();
                    SurveyResponseRepository responses = SurveyResponseRepository.documentStore(store);
                    String service = "mail-" + run;
                    return AggregateContract.paged("feedback responses", responses,
                            r -> SurveyResponseRepository.idOf(r.id()),
                            new SurveyResponse("resp 1/" + run, service, "desk", t, OptionalInt.of(4),
                                    OptionalInt.empty(), Optional.of("INC-1")),
                            new SurveyResponse("resp 2/" + run, service, "network", t, OptionalInt.empty(),
                                    OptionalInt.of(9), Optional.empty()),
                            r -> new SurveyResponse(r.id(), r.service(), r.team(), r.responded(), OptionalInt.of(5),
                                    r.nps(), r.incidentId()),
                            responses.aboutService(service),
                            tree -> tree.put("csat", 7), "csat", "must be between 1 and 5, was 7");
                }),
                AggregateContract.tests(() -> {
                    renew();
                    ImprovementInitiativeRepository register = ImprovementInitiativeRepository.documentStore(store);
                    String owner = "ana-" + run;
                    return AggregateContract.paged("improvement register", register, ImprovementInitiative::id,
                            new ImprovementInitiative("ci-1-" + run, "Faster mail restores", owner,
                                    "incident.mttr.median", Map.of("service", "mail"), KpiDirection.LOWER_IS_BETTER, 12,
                                    8, PdcaStage.PLAN, LocalDate.of(2026, 2, 1)),
                            new ImprovementInitiative("ci-2-" + run, "Happier users", owner, "csat", Map.of(),
                                    KpiDirection.HIGHER_IS_BETTER, 3.9, 4.3, PdcaStage.PLAN, LocalDate.of(2026, 2, 1)),
                            i -> i.moveTo(PdcaStage.DO),
                            register.ownedBy(owner),
                            tree -> tree.put("target", 15), "target", "must be better than the baseline 12.0");
                }));
    }
}
