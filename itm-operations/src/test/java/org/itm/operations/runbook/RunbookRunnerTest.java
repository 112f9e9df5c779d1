package org.itm.operations.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.itm.core.ItmValidationException;
import org.itm.core.event.DomainEvent;
import org.itm.core.event.DomainEventPublisher;
import org.itm.core.id.IdGenerator;
import org.itm.operations.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunbookRunnerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final DomainEventPublisher publisher = DomainEventPublisher.inProcess();
    private final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final List<String> performed = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger flaky = new AtomicInteger();

    {
        publisher.subscribe(events::add);
    }

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    private final StepExecutor automation = new StepExecutor() {
        @Override
        public boolean supports(String action) {
            return !action.equals("confirm");
        }

        @Override
        public StepResult execute(StepRequest r) throws InterruptedException {
            performed.add((r.rollback() ? "undo:" : "") + r.action());
            return switch (r.action()) {
                case "drain" -> new StepResult(true, "lb-bot", "drained", Map.of("drained", "yes"));
                case "flaky-restart" -> flaky.incrementAndGet() < 3 ? StepResult.failed("bot", "busy")
                        : StepResult.ok("bot", "restarted");
                case "hang" -> {
                    Thread.sleep(10_000);
                    yield StepResult.ok("bot", "late");
                }
                case "fail" -> StepResult.failed("bot", "disk full");
                default -> StepResult.ok("bot", r.action() + " done");
            };
        }
    };

    private final StepExecutor person = new StepExecutor() {
        @Override
        public boolean supports(String action) {
            return action.equals("confirm");
        }

        @Override
        public StepResult execute(StepRequest r) {
            performed.add("confirm");
            return StepResult.ok("alice", "checked dashboards");
        }
    };

    private RunbookRunner runner() {
        return RunbookRunner.create(List.of(automation, person), clock, IdGenerator.uuidV7(clock), publisher, workers);
    }

    @Test
    void runsStepsWithRetriesPreconditionsAndManualConfirmation() {
        Runbook rb = new Runbook("restart-web", "Restart web tier", List.of(
                RunbookStep.automated("drain", "Drain the node", "drain").withRollback("undrain", Map.of()),
                RunbookStep.automated("restart", "Restart", "flaky-restart").withRetries(3, Duration.ofSeconds(5))
                        .withPreconditions(Map.of("drained", "yes")),
                RunbookStep.manual("check", "Check dashboards", "confirm")), java.util.Set.of("shop"),
                java.util.Set.of("web-1/5xx"), java.util.Set.of());
        RunbookExecution e = runner().run(rb, Map.of("node", "web-1"), "ops");
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(e.records()).extracting(StepRecord::stepId, StepRecord::attempt, StepRecord::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("drain", 1, StepOutcome.SUCCEEDED),
                org.assertj.core.groups.Tuple.tuple("restart", 1, StepOutcome.FAILED),
                org.assertj.core.groups.Tuple.tuple("restart", 2, StepOutcome.FAILED),
                org.assertj.core.groups.Tuple.tuple("restart", 3, StepOutcome.SUCCEEDED),
                org.assertj.core.groups.Tuple.tuple("check", 1, StepOutcome.SUCCEEDED));
        assertThat(e.records().get(4).actor()).isEqualTo("alice");
        assertThat(e.context()).containsEntry("drained", "yes");
        assertThat(events).extracting(DomainEvent::type).startsWith("runbook.started").endsWith("runbook.finished");
    }

    @Test
    void aFailedStepRollsBackTheCompletedStepsInReverseOrder() {
        Runbook rb = new Runbook("patch", "Patch", List.of(
                RunbookStep.automated("a", "A", "step-a").withRollback("undo-a", Map.of()),
                RunbookStep.automated("b", "B", "step-b").withRollback("undo-b", Map.of()),
                RunbookStep.automated("c", "C", "fail").withRollback("undo-c", Map.of())), null, null, null);
        RunbookExecution e = runner().run(rb, Map.of(), "ops");
        assertThat(e.status()).isEqualTo(ExecutionStatus.ROLLED_BACK);
        assertThat(e.failedStep()).contains("c");
        assertThat(performed).containsExactly("step-a", "step-b", "fail", "undo:undo-b", "undo:undo-a");
        assertThat(events).extracting(DomainEvent::type).contains("runbook.rollback.succeeded");
    }

    @Test
    void timeoutsAndUnmetPreconditionsFailTheStep() {
        Runbook hang = new Runbook("hang", "Hang", List.of(
                RunbookStep.automated("h", "Hangs", "hang").withRetries(1, Duration.ofMillis(100))), null, null, null);
        RunbookExecution e = runner().run(hang, Map.of(), "ops");
        assertThat(e.records().get(0).outcome()).isEqualTo(StepOutcome.TIMED_OUT);
        Runbook pre = new Runbook("pre", "Pre", List.of(RunbookStep.automated("x", "X", "x")
                .withPreconditions(Map.of("approved", "yes"))), null, null, null);
        assertThat(runner().run(pre, Map.of(), "ops").records().get(0).outcome())
                .isEqualTo(StepOutcome.PRECONDITION_FAILED);
        assertThatThrownBy(() -> new Runbook("dup", "Dup", List.of(RunbookStep.automated("x", "X", "x"),
                RunbookStep.automated("x", "Y", "y")), null, null, null)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("steps[1].id");
    }

    @Test
    void catalogFindsRunbooksByAlertServiceAndKnownError() {
        RunbookCatalog catalog = new RunbookCatalog();
        catalog.add(new Runbook("restart-web", "Restart web", List.of(RunbookStep.automated("r", "R", "restart")),
                java.util.Set.of("shop"), java.util.Set.of("web-1/5xx"), java.util.Set.of("PRB-1")));
        catalog.add(new Runbook("flush-mail", "Flush mail", List.of(RunbookStep.automated("f", "F", "flush")),
                java.util.Set.of("mail"), null, null));
        assertThat(catalog.forAlert("web-1/5xx")).extracting(Runbook::id).containsExactly("restart-web");
        assertThat(catalog.forService("mail")).extracting(Runbook::id).containsExactly("flush-mail");
        assertThat(catalog.forKnownError("PRB-1")).extracting(Runbook::id).containsExactly("restart-web");
        assertThat(catalog.forKnownError("PRB-2")).isEmpty();
    }

    @Test
    void runbooksAreDataInYaml() {
        Runbook rb = Runbook.fromYaml("""
                id: clear-queue
                name: Clear the mail queue
                services: [mail]
                steps:
                  - {id: flush, description: Flush, kind: AUTOMATED, action: flush-queue, parameters: {}, preconditions: {},
                     timeout: PT2M, maxAttempts: 2, rollbackAction: '', rollbackParameters: {}}
                """);
        assertThat(rb.steps().get(0).maxAttempts()).isEqualTo(2);
        assertThat(Runbook.fromJson(org.itm.core.json.ItmJson.toJson(rb))).isEqualTo(rb);
    }
}
