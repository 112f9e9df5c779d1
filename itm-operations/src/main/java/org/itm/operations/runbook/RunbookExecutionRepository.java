package org.itm.operations.runbook;

import org.itm.core.store.DocumentIds;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.validation.Checks;

/**
 * Records of runbook runs in a document store (type {@value #TYPE}), one document per execution id; query by
 * runbook, status or who started it.
 *
 * <pre>{@code
 * RunbookExecutionRepository executions = RunbookExecutionRepository.documentStore(store);
 * executions.create(runner.run(runbook, context));
 * List<Versioned<RunbookExecution>> failed = executions.findAll(executions.withStatus(ExecutionStatus.FAILED));
 * }</pre>
 *
 * @since 0.1
 */
public interface RunbookExecutionRepository extends ForwardingRepository<RunbookExecution> {

    /** Document type of runbook executions. */
    String TYPE = "runbook-execution";

    /**
     * The executions in {@code store}.
     *
     * @param store the store
     * @return the repository
     * @throws org.itm.core.ItmValidationException if {@code store} is null
     */
    static RunbookExecutionRepository documentStore(DocumentStore store) {
        Repository<RunbookExecution> executions = Repository.builder(RunbookExecution.class, TYPE)
                .id(e -> idOf(e.executionId()))
                .index("runbook", RunbookExecution::runbookId)
                .index("status", e -> e.status().name())
                .index("startedBy", RunbookExecution::startedBy)
                .build(Checks.notNull(store, "store"));
        return () -> executions;
    }

    /**
     * The document id of the execution {@code executionId}.
     *
     * @param executionId the execution's id
     * @return its document id
     */
    static String idOf(String executionId) {
        return DocumentIds.forKey(Checks.notBlank(executionId, "executionId"));
    }

    /**
     * Runs of one runbook.
     *
     * @param runbookId the runbook
     * @return the query
     */
    default Query ofRunbook(String runbookId) {
        return query().where("runbook", Checks.notBlank(runbookId, "runbookId"));
    }

    /**
     * Runs that ended with {@code status}.
     *
     * @param status the status
     * @return the query
     */
    default Query withStatus(ExecutionStatus status) {
        return query().where("status", Checks.notNull(status, "status").name());
    }

    /**
     * Runs one person started.
     *
     * @param person who started them
     * @return the query
     */
    default Query startedBy(String person) {
        return query().where("startedBy", Checks.notBlank(person, "person"));
    }
}
