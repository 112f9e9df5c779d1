package org.itm.operations.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.itm.core.ItmValidationException;
import org.itm.core.event.DomainEvent;
import org.itm.core.event.DomainEventPublisher;
import org.itm.core.id.IdGenerator;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.store.Write;
import org.itm.operations.testing.MutableClock;
import org.itm.testkit.store.ForwardingDocumentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Durable runs: a run continued after a crash executes no finished step again, and asks again for the interrupted
 * attempt under the same idempotency key, so an executor that honours the key has each effect once.
 */
class DurableRunbookRunTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final DomainEventPublisher publisher = DomainEventPublisher.inProcess();
    private final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    /** Every request the executor received, by idempotency key. */
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    /** The effects performed: once per idempotency key, as a target system that honours the key would. */
    private final Set<String> effects = ConcurrentHashMap.newKeySet();
    private final List<String> effectOrder = Collections.synchronizedList(new ArrayList<>());

    {
        publisher.subscribe(events::add);
    }

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    private final StepExecutor idempotent = new StepExecutor() {
        @Override
        public boolean supports(String action) {
            return true;
        }

        @Override
        public StepResult execute(StepRequest r) {
            requests.add(r.idempotencyKey());
            if (effects.add(r.idempotencyKey())) {
                effectOrder.add((r.rollback() ? "undo:" : "") + r.action());
            }
            return r.action().equals("fail") ? StepResult.failed("bot", "disk full")
                    : new StepResult(true, "bot", r.action() + " done", Map.of(r.stepId() + ".done", "yes"));
        }
    };

    /** A store that fails like a killed process: the next journal write after {@code failAfterEffects} effects. */
    private static final class CrashingStore extends ForwardingDocumentStore {
        volatile int crashWhenEffects = -1;
        volatile Set<String> effects = Set.of();

        CrashingStore() {
            super(DocumentStores.inMemory());
        }

        @Override
        public void write(List<? extends Write> batch) {
            boolean finishing = batch.stream().anyMatch(w -> w instanceof Write.Update u
                    && u.type().equals(StepAttemptRepository.TYPE));
            if (finishing && effects.size() == crashWhenEffects) {
                crashWhenEffects = -1;
                throw new IllegalStateException("simulated crash: the effect happened, its result is not journaled");
            }
            super.write(batch);
        }
    }

    private RunbookRunner runner(DocumentStore store) {
        return RunbookRunner.create(List.of(idempotent), clock, IdGenerator.uuidV7(clock), publisher, workers)
                .withJournal(StepAttemptRepository.documentStore(store));
    }

    private static Runbook threeSteps() {
        return new Runbook("patch", "Patch", List.of(
                RunbookStep.automated("a", "A", "step-a").withRollback("undo-a", Map.of()),
                RunbookStep.automated("b", "B", "step-b").withPreconditions(Map.of("a.done", "yes")),
                RunbookStep.automated("c", "C", "step-c")), null, null, null);
    }

    @Test
    void aRunContinuedAfterACrashExecutesNoCompletedStepAgain() {
        CrashingStore store = new CrashingStore();
        store.effects = effects;
        store.crashWhenEffects = 2;   // step b has had its effect when the crash comes
        assertThatThrownBy(() -> runner(store).runDurably("RUN-1", threeSteps(), Map.of(), "ops"))
                .hasMessageContaining("simulated crash");
        assertThat(effectOrder).containsExactly("step-a", "step-b");

        // a new runner, as after a restart, continues the same execution
        RunbookExecution e = runner(store).runDurably("RUN-1", threeSteps(), Map.of(), "ops");
        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(effectOrder).containsExactly("step-a", "step-b", "step-c");
        assertThat(requests).containsExactly("RUN-1|a|do|1", "RUN-1|b|do|1", "RUN-1|b|do|1", "RUN-1|c|do|1");
        assertThat(e.records()).extracting(StepRecord::stepId).containsExactly("a", "b", "c");
        assertThat(e.context()).containsEntry("a.done", "yes").containsEntry("c.done", "yes");
        StepAttemptRepository journal = StepAttemptRepository.documentStore(store);
        assertThat(journal.findAll(journal.ofExecution("RUN-1"))).hasSize(3)
                .allSatisfy(a -> assertThat(a.value().finished()).isTrue());
        assertThat(journal.findAll(journal.unfinished())).isEmpty();

        // asked once more, the finished run is replayed: nothing is executed or published again
        int published = events.size();
        RunbookExecution again = runner(store).runDurably("RUN-1", threeSteps(), Map.of(), "ops");
        assertThat(again.records()).isEqualTo(e.records());
        assertThat(requests).hasSize(4);
        assertThat(events.subList(published, events.size())).extracting(DomainEvent::type)
                .containsExactly("runbook.finished");
    }

    @Test
    void aRollbackInterruptedByACrashIsCompletedOnceOnContinuing() {
        CrashingStore store = new CrashingStore();
        store.effects = effects;
        store.crashWhenEffects = 3;   // step-a, fail, then the undo of a crashes before it is journaled
        Runbook failing = new Runbook("patch", "Patch", List.of(
                RunbookStep.automated("a", "A", "step-a").withRollback("undo-a", Map.of()),
                RunbookStep.automated("b", "B", "fail")), null, null, null);
        assertThatThrownBy(() -> runner(store).runDurably("RUN-2", failing, Map.of(), "ops"))
                .hasMessageContaining("simulated crash");
        RunbookExecution e = runner(store).runDurably("RUN-2", failing, Map.of(), "ops");
        assertThat(e.status()).isEqualTo(ExecutionStatus.ROLLED_BACK);
        assertThat(effectOrder).containsExactly("step-a", "fail", "undo:undo-a");
        assertThat(requests).containsExactly("RUN-2|a|do|1", "RUN-2|b|do|1", "RUN-2|a|undo|1", "RUN-2|a|undo|1");
    }

    @Test
    void runningDurablyNeedsAJournal() {
        RunbookRunner plain = RunbookRunner.create(List.of(idempotent), clock, IdGenerator.uuidV7(clock), publisher,
                workers);
        assertThatThrownBy(() -> plain.runDurably("RUN-3", threeSteps(), Map.of(), "ops"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("journal");
    }
}
