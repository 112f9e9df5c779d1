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
import org.itm.core.ItmValidationException;
import org.itm.core.event.DomainEvent;
import org.itm.core.event.DomainEventPublisher;
import org.itm.core.id.IdGenerator;
import org.itm.core.store.Versioned;
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
 *
 * <p><b>Durable runs</b>: with a journal ({@link #withJournal}), {@link #runDurably} writes each attempt to the
 * store before it runs and its result before the runner goes on. Called again with the same execution id after a
 * crash, it replays the attempts that finished (their outputs rebuild the context; they are not executed or
 * published again) and executes again only the attempt that was interrupted, under the same
 * {@link StepRequest#idempotencyKey()}, so an executor that honours the key has the effect once. Run one runner
 * per execution at a time: a second one journaling the same attempt conflicts.
 *
 * @since 0.1
 */
public final class RunbookRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RunbookRunner.class);

    private final List<StepExecutor> executors;
    private final Clock clock;
    private final IdGenerator ids;
    private final DomainEventPublisher publisher;
    private final ExecutorService workers;
    private final Optional<StepAttemptRepository> journal;

    private RunbookRunner(List<StepExecutor> executors, Clock clock, IdGenerator ids, DomainEventPublisher publisher,
                          ExecutorService workers, Optional<StepAttemptRepository> journal) {
        this.executors = List.copyOf(Checks.notNull(executors, "executors"));
        this.clock = Checks.notNull(clock, "clock");
        this.ids = Checks.notNull(ids, "ids");
        this.publisher = Checks.notNull(publisher, "publisher");
        this.workers = Checks.notNull(workers, "workers");
        this.journal = journal;
    }

    /**
     * A runner using {@code executors} (first that supports an action wins) and {@code workers} for attempts.
     *
     * @param executors the executors, tried in order
     * @param clock     stamps attempts and executions
     * @param ids       generates execution ids ({@code RUN-} + next id)
     * @param publisher receives the execution events
     * @param workers   runs each attempt, so that a timeout can interrupt it; not shut down by the runner
     * @return a runner without a journal; see {@link #withJournal}
     * @throws org.itm.core.ItmValidationException naming the first null argument
     */
    public static RunbookRunner create(List<StepExecutor> executors, Clock clock, IdGenerator ids,
                                       DomainEventPublisher publisher, ExecutorService workers) {
        return new RunbookRunner(executors, clock, ids, publisher, workers, Optional.empty());
    }

    /**
     * This runner journaling step attempts in {@code attempts}, for {@link #runDurably}.
     *
     * @param attempts the journal
     * @return the runner
     * @throws org.itm.core.ItmValidationException if {@code attempts} is null
     */
    public RunbookRunner withJournal(StepAttemptRepository attempts) {
        return new RunbookRunner(executors, clock, ids, publisher, workers,
                Optional.of(Checks.notNull(attempts, "attempts")));
    }

    /**
     * Runs {@code runbook} with {@code inputs} as the initial context, started by {@code actor}.
     *
     * @param runbook what to run
     * @param inputs  initial context; steps read their preconditions from it and add their outputs
     * @param actor   who started it; not blank
     * @return the finished execution: a failed step (after its retries) rolls back the steps done, in reverse order,
     *         and the status says so
     * @throws org.itm.core.ItmValidationException naming {@code runbook}, {@code inputs} or {@code actor}
     */
    public RunbookExecution run(Runbook runbook, Map<String, String> inputs, String actor) {
        Checks.notNull(runbook, "runbook");
        Checks.notNull(inputs, "inputs");
        Checks.notBlank(actor, "actor");
        return execute("RUN-" + ids.next(), runbook, inputs, actor, Optional.empty());
    }

    /**
     * Runs execution {@code executionId} of {@code runbook}, or continues it if it was journaled before: finished
     * attempts are replayed from the journal, the rest executed and journaled (see the class description).
     *
     * @param executionId the execution's id, chosen by the caller so that it can continue the run after a crash
     * @param runbook     the runbook; the same as in the first call
     * @param inputs      the initial context; the same as in the first call
     * @param actor       who started it
     * @return the execution, its records holding the replayed attempts and the new ones
     * @throws org.itm.core.ItmValidationException if an argument is bad or the runner has no journal
     * @throws org.itm.core.store.StaleVersionException if another runner journals the same attempt
     */
    public RunbookExecution runDurably(String executionId, Runbook runbook, Map<String, String> inputs,
                                       String actor) {
        Checks.notBlank(executionId, "executionId");
        Checks.notNull(runbook, "runbook");
        Checks.notNull(inputs, "inputs");
        Checks.notBlank(actor, "actor");
        StepAttemptRepository attempts = journal.orElseThrow(() -> new ItmValidationException("journal",
                "must be set with withJournal(..) to run durably"));
        Map<String, Versioned<StepAttempt>> journaled = new HashMap<>();
        attempts.findAll(attempts.ofExecution(executionId)).forEach(a -> journaled.put(a.value().key(), a));
        return execute(executionId, runbook, inputs, actor, Optional.of(new Journal(attempts, journaled)));
    }

    /** The journal of one durable execution: what was journaled when it (re)started. */
    private record Journal(StepAttemptRepository attempts,
                           Map<String, Versioned<StepAttempt>> journaled) {
    }

    /** One attempt's record, the outputs it adds, and whether it was replayed from the journal. */
    private record Attempted(StepRecord record, Map<String, String> outputs, boolean replayed) {
    }

    private RunbookExecution execute(String executionId, Runbook runbook, Map<String, String> inputs, String actor,
                                     Optional<Journal> journal) {
        boolean resumed = journal.filter(j -> !j.journaled().isEmpty()).isPresent();
        Map<String, String> context = new LinkedHashMap<>(inputs);
        List<StepRecord> records = new ArrayList<>();
        Deque<RunbookStep> completed = new ArrayDeque<>();
        if (!resumed) {
            publish(executionId, "runbook.started", Map.of("runbook", runbook.id(), "actor", actor));
        }
        Optional<String> failed = Optional.empty();
        for (RunbookStep step : runbook.steps()) {
            if (!runStep(executionId, runbook, step, context, records, journal)) {
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
                Attempted a = journaled(executionId, runbook, done, done.rollbackAction(), done.rollbackParameters(),
                        context, 1, true, journal);
                StepRecord r = a.record();
                records.add(r);
                boolean ok = r.outcome() == StepOutcome.SUCCEEDED;
                if (!a.replayed()) {
                    publish(executionId, ok ? "runbook.rollback.succeeded" : "runbook.rollback.failed", payload(r));
                }
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
                            List<StepRecord> records, Optional<Journal> journal) {
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
            Attempted done = journaled(executionId, runbook, step, step.action(), step.parameters(), context, a, false,
                    journal);
            StepRecord r = done.record();
            records.add(r);
            boolean ok = r.outcome() == StepOutcome.SUCCEEDED;
            if (!done.replayed()) {
                publish(executionId, ok ? "runbook.step.succeeded" : "runbook.step.failed", payload(r));
            }
            if (ok) {
                return true;
            }
            if (r.outcome() == StepOutcome.NO_EXECUTOR) {
                return false;
            }
        }
        return false;
    }

    /**
     * One attempt, through the journal if there is one: a finished journaled attempt is replayed; otherwise the
     * attempt is journaled as started (unless a crash left it so), executed, and journaled as finished before its
     * outputs enter the context.
     */
    private Attempted journaled(String executionId, Runbook runbook, RunbookStep step, String action,
                                Map<String, String> parameters, Map<String, String> context, int attempt,
                                boolean rollback, Optional<Journal> journal) {
        if (journal.isEmpty()) {
            Attempted a = attempt(executionId, runbook, step, action, parameters, context, attempt, rollback);
            context.putAll(a.outputs());
            return a;
        }
        StepAttemptRepository attempts = journal.get().attempts();
        String key = StepAttempt.keyOf(executionId, step.id(), rollback, attempt);
        Versioned<StepAttempt> entry = journal.get().journaled().get(key);
        if (entry != null && entry.value().finished()) {
            context.putAll(entry.value().outputs());
            return new Attempted(entry.value().result().orElseThrow(), entry.value().outputs(), true);
        }
        if (entry == null) {
            entry = attempts.create(StepAttempt.started(executionId, step.id(), rollback, attempt, clock.instant()));
        } else {
            LOG.debug("execution {}: attempt {} was interrupted, running it again under the same key", executionId,
                    key);
        }
        Attempted a = attempt(executionId, runbook, step, action, parameters, context, attempt, rollback);
        StepAttempt finished = entry.value().finish(a.record(), a.outputs());
        journal.get().journaled().put(key, attempts.update(finished, entry.version()));
        context.putAll(finished.outputs());
        return a;
    }

    private Attempted attempt(String executionId, Runbook runbook, RunbookStep step, String action,
                              Map<String, String> parameters, Map<String, String> context, int attempt,
                              boolean rollback) {
        Instant start = clock.instant();
        Optional<StepExecutor> executor = executors.stream().filter(e -> e.supports(action)).findFirst();
        if (executor.isEmpty()) {
            return new Attempted(new StepRecord(step.id(), rollback, attempt, "runner", action, start,
                    clock.instant(), StepOutcome.NO_EXECUTOR, "no executor supports action " + action), Map.of(),
                    false);
        }
        StepRequest request = new StepRequest(executionId, runbook.id(), step.id(), action, parameters, context,
                attempt, rollback);
        Future<StepResult> future = workers.submit(() -> executor.get().execute(request));
        try {
            StepResult result = future.get(step.timeout().toNanos(), TimeUnit.NANOSECONDS);
            return new Attempted(new StepRecord(step.id(), rollback, attempt, result.actor(), action, start,
                    clock.instant(), result.success() ? StepOutcome.SUCCEEDED : StepOutcome.FAILED, result.output()),
                    result.success() ? result.outputs() : Map.of(), false);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Attempted(new StepRecord(step.id(), rollback, attempt, "runner", action, start,
                    clock.instant(), StepOutcome.TIMED_OUT, "no result within " + step.timeout()), Map.of(), false);
        } catch (ExecutionException e) {
            return new Attempted(new StepRecord(step.id(), rollback, attempt, "runner", action, start,
                    clock.instant(), StepOutcome.FAILED, "executor threw " + e.getCause()), Map.of(), false);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Attempted(new StepRecord(step.id(), rollback, attempt, "runner", action, start,
                    clock.instant(), StepOutcome.FAILED, "interrupted"), Map.of(), false);
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
