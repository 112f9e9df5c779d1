package org.itm.operations.runbook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.itm.core.event.DomainEvent;
import org.itm.core.event.DomainEventPublisher;
import org.itm.core.id.IdGenerator;
import org.itm.core.validation.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes runbooks step by step: checks each step's preconditions against the execution context, runs it
 * through the {@link StepExecutor} that supports its action with the step's timeout and retries, and when a
 * step fails, runs the rollback actions of the steps completed so far in reverse order (the failed step itself is
 * not undone: it did not complete). Every attempt is recorded and published as a {@link DomainEvent}
 * ({@code runbook.started}, {@code runbook.step.succeeded}, {@code runbook.step.failed},
 * {@code runbook.rollback.succeeded}, {@code runbook.rollback.failed}, {@code runbook.finished}).
 *
 * <p>Attempts run on {@code workers} so that a timeout can interrupt them; instants in records come from the clock.
 */
public final class RunbookRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RunbookRunner.class);

    private final List<StepExecutor> executors;
    private final Clock clock;
    private final IdGenerator ids;
    private final DomainEventPublisher publisher;
    private final ExecutorService workers;

    private RunbookRunner(List<StepExecutor> executors, Clock clock, IdGenerator ids, DomainEventPublisher publisher,
                          ExecutorService workers) {
        this.executors = List.copyOf(Checks.notNull(executors, "executors"));
        this.clock = Checks.notNull(clock, "clock");
        this.ids = Checks.notNull(ids, "ids");
        this.publisher = Checks.notNull(publisher, "publisher");
        this.workers = Checks.notNull(workers, "workers");
    }

    /** A runner using {@code executors} (first that supports an action wins) and {@code workers} for attempts. */
    public static RunbookRunner create(List<StepExecutor> executors, Clock clock, IdGenerator ids,
                                       DomainEventPublisher publisher, ExecutorService workers) {
        return new RunbookRunner(executors, clock, ids, publisher, workers);
    }

    /** Runs {@code runbook} with {@code inputs} as the initial context, started by {@code actor}. */
    public RunbookExecution run(Runbook runbook, Map<String, String> inputs, String actor) {
        Checks.notNull(runbook, "runbook");
        Checks.notNull(inputs, "inputs");
        Checks.notBlank(actor, "actor");
        String executionId = "RUN-" + ids.next();
        Map<String, String> context = new LinkedHashMap<>(inputs);
        List<StepRecord> records = new ArrayList<>();
        Deque<RunbookStep> completed = new ArrayDeque<>();
        publish(executionId, "runbook.started", Map.of("runbook", runbook.id(), "actor", actor));
        Optional<String> failed = Optional.empty();
        for (RunbookStep step : runbook.steps()) {
            if (!runStep(executionId, runbook, step, context, records)) {
                failed = Optional.of(step.id());
                break;
            }
            completed.push(step);
        }
        ExecutionStatus status = ExecutionStatus.SUCCEEDED;
        if (failed.isPresent()) {
            status = ExecutionStatus.ROLLED_BACK;
            for (RunbookStep done : completed) {
                if (done.rollbackAction().isEmpty()) {
                    continue;
                }
                StepRecord r = attempt(executionId, runbook, done, done.rollbackAction(), done.rollbackParameters(),
                        context, 1, true);
                records.add(r);
                boolean ok = r.outcome() == StepOutcome.SUCCEEDED;
                publish(executionId, ok ? "runbook.rollback.succeeded" : "runbook.rollback.failed", payload(r));
                if (!ok) {
                    status = ExecutionStatus.ROLLBACK_FAILED;
                }
            }
        }
        publish(executionId, "runbook.finished", Map.of("runbook", runbook.id(), "status", status.name()));
        LOG.debug("runbook {} execution {} finished {}", runbook.id(), executionId, status);
        return new RunbookExecution(executionId, runbook.id(), actor, status, failed, records, context);
    }

    private boolean runStep(String executionId, Runbook runbook, RunbookStep step, Map<String, String> context,
                            List<StepRecord> records) {
        for (Map.Entry<String, String> pre : step.preconditions().entrySet()) {
            if (!pre.getValue().equals(context.get(pre.getKey()))) {
                Instant now = clock.instant();
                StepRecord r = new StepRecord(step.id(), false, 1, "runner", step.action(), now, now,
                        StepOutcome.PRECONDITION_FAILED, "precondition " + pre.getKey() + " = " + pre.getValue()
                        + " does not hold (is " + context.getOrDefault(pre.getKey(), "unset") + ")");
                records.add(r);
                publish(executionId, "runbook.step.failed", payload(r));
                return false;
            }
        }
        for (int a = 1; a <= step.maxAttempts(); a++) {
            StepRecord r = attempt(executionId, runbook, step, step.action(), step.parameters(), context, a, false);
            records.add(r);
            boolean ok = r.outcome() == StepOutcome.SUCCEEDED;
            publish(executionId, ok ? "runbook.step.succeeded" : "runbook.step.failed", payload(r));
            if (ok) {
                return true;
            }
            if (r.outcome() == StepOutcome.NO_EXECUTOR) {
                return false;
            }
        }
        return false;
    }

    private StepRecord attempt(String executionId, Runbook runbook, RunbookStep step, String action,
                               Map<String, String> parameters, Map<String, String> context, int attempt,
                               boolean rollback) {
        Instant start = clock.instant();
        Optional<StepExecutor> executor = executors.stream().filter(e -> e.supports(action)).findFirst();
        if (executor.isEmpty()) {
            return new StepRecord(step.id(), rollback, attempt, "runner", action, start, clock.instant(),
                    StepOutcome.NO_EXECUTOR, "no executor supports action " + action);
        }
        StepRequest request = new StepRequest(executionId, runbook.id(), step.id(), action, parameters, context,
                attempt, rollback);
        Future<StepResult> future = workers.submit(() -> executor.get().execute(request));
        try {
            StepResult result = future.get(step.timeout().toNanos(), TimeUnit.NANOSECONDS);
            if (result.success()) {
                context.putAll(result.outputs());
            }
            return new StepRecord(step.id(), rollback, attempt, result.actor(), action, start, clock.instant(),
                    result.success() ? StepOutcome.SUCCEEDED : StepOutcome.FAILED, result.output());
        } catch (TimeoutException e) {
            future.cancel(true);
            return new StepRecord(step.id(), rollback, attempt, "runner", action, start, clock.instant(),
                    StepOutcome.TIMED_OUT, "no result within " + step.timeout());
        } catch (ExecutionException e) {
            return new StepRecord(step.id(), rollback, attempt, "runner", action, start, clock.instant(),
                    StepOutcome.FAILED, "executor threw " + e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new StepRecord(step.id(), rollback, attempt, "runner", action, start, clock.instant(),
                    StepOutcome.FAILED, "interrupted");
        }
    }

    private static Map<String, Object> payload(StepRecord r) {
        Map<String, Object> p = new HashMap<>();
        p.put("step", r.stepId());
        p.put("attempt", r.attempt());
        p.put("actor", r.actor());
        p.put("action", r.action());
        p.put("outcome", r.outcome().name());
        p.put("rollback", r.rollback());
        return p;
    }

    private void publish(String executionId, String type, Map<String, Object> payload) {
        publisher.publish(new DomainEvent(ids.next(), type, executionId, clock.instant(), payload));
    }
}
