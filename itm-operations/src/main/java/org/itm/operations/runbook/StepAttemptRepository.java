package org.itm.operations.runbook;

import org.itm.core.store.DocumentIds;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.validation.Checks;

/**
 * The journal of durable runbook executions in a document store (type {@value #TYPE}): one document per step
 * attempt, whose id is derived from the attempt's {@link StepAttempt#key() idempotency key}, so an attempt is
 * journaled once; query by execution. Give it to {@link RunbookRunner#withJournal}.
 *
 * <pre>{@code
 * RunbookRunner runner = RunbookRunner.create(executors, clock, ids, publisher, workers)
 *         .withJournal(StepAttemptRepository.documentStore(store));
 * runner.runDurably("RUN-42", runbook, inputs, "ann");   // after a crash, the same call continues the run
 * }</pre>
 *
 * @since 0.1
 */
public interface StepAttemptRepository extends ForwardingRepository<StepAttempt> {

    /** Document type of step attempts. */
    String TYPE = "runbook-step-attempt";

    /**
     * The step attempts in {@code store}.
     *
     * @param store the store
     * @return the repository
     * @throws org.itm.core.ItmValidationException if {@code store} is null
     */
    static StepAttemptRepository documentStore(DocumentStore store) {
        Repository<StepAttempt> attempts = Repository.builder(StepAttempt.class, TYPE)
                .id(a -> idOf(a.key()))
                .index("execution", StepAttempt::executionId)
                .index("finished", a -> Boolean.toString(a.finished()))
                .build(Checks.notNull(store, "store"));
        return () -> attempts;
    }

    /**
     * The document id of the attempt with {@code key}.
     *
     * @param key the attempt's idempotency key
     * @return its document id
     */
    static String idOf(String key) {
        return DocumentIds.forKey(Checks.notBlank(key, "key"));
    }

    /**
     * The attempts of one execution.
     *
     * @param executionId the execution
     * @return the query
     */
    default Query ofExecution(String executionId) {
        return query().where("execution", Checks.notBlank(executionId, "executionId"));
    }

    /**
     * Attempts journaled as started and never finished: those a crash interrupted (or that are running now).
     *
     * @return the query
     */
    default Query unfinished() {
        return query().where("finished", "false");
    }
}
