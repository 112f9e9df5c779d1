/**
 * Runbooks: the documented response to a known situation, as data a machine can carry out step by step with
 * retries, timeouts and rollback.
 *
 * <p>A {@link org.itm.operations.runbook.Runbook} is a list of {@link org.itm.operations.runbook.RunbookStep}s linked
 * to the services, alert keys and known errors it handles; a {@link org.itm.operations.runbook.RunbookCatalog} finds
 * the runbooks for an alert, a service or a known error. The entry point is
 * {@link org.itm.operations.runbook.RunbookRunner}: it hands each step to the first
 * {@link org.itm.operations.runbook.StepExecutor} that supports its action (your code: a script runner, a chat task
 * for a manual step), retries it, and when a step fails for good runs the rollbacks of the steps done in reverse
 * order. It publishes an event per step and can journal every attempt, so a restarted process does not repeat one.
 *
 * <pre>{@code
 * import java.util.concurrent.ExecutorService;
 * import java.util.concurrent.Executors;
 * import org.itm.core.event.DomainEventPublisher;
 * import org.itm.core.id.IdGenerator;
 *
 * StepExecutor restarts = new StepExecutor() {
 *     &#64;Override
 *     public boolean supports(String action) {
 *         return action.equals("restart-service");
 *     }
 *
 *     &#64;Override
 *     public StepResult execute(StepRequest request) {
 *         return StepResult.ok("automation", "relay restarted");
 *     }
 * };
 * RunbookCatalog catalog = new RunbookCatalog();
 * catalog.add(new Runbook("mail-relay-stuck", "Mail relay stuck", List.of(
 *         RunbookStep.automated("restart", "Restart the relay", "restart-service")
 *                 .withRetries(3, Duration.ofMinutes(2))),
 *         Set.of("email"), Set.of(), Set.of()));
 * Clock clock = Clock.systemUTC();
 * ExecutorService workers = Executors.newFixedThreadPool(2);
 * RunbookRunner runner = RunbookRunner.create(List.of(restarts), clock, IdGenerator.uuidV7(clock),
 *         DomainEventPublisher.inProcess(), workers);
 * RunbookExecution execution = runner.run(catalog.forService("email").get(0), Map.of(), "alice");
 * ExecutionStatus status = execution.status();   // SUCCEEDED, with one StepRecord
 * workers.shutdown();
 * }</pre>
 */
@NullMarked
package org.itm.operations.runbook;

import org.jspecify.annotations.NullMarked;
