package org.itm.operations.problem;

import java.util.List;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;
import org.itm.operations.problem.internal.DocumentStoreProblemRepository;

/**
 * Problems and known errors in a document store (type {@value #TYPE}), keyed by problem id and rebuilt through the
 * {@link Problem} constructor, so a stored problem in a state its lifecycle cannot reach is refused on load with a
 * {@link org.itm.core.store.StoredDocumentException}. Indexed by CI, service, state and whether the problem is a
 * known error; the words of a known error's symptoms are kept as link documents of type {@value #SYMPTOM_TYPE},
 * written in the same atomic batch as the problem, so {@link #knownErrorsBySymptom} reads only the problems that
 * share a searched word.
 *
 * <pre>{@code
 * ProblemRepository problems = ProblemRepository.documentStore(store);
 * problems.create(Problem.fromIncidents("PRB-1", "VPN drops", incidents, now, "pm"));
 * problems.modify("PRB-1", p -> p.publishKnownError("restart the gateway", List.of("VPN disconnects"), now, "pm"));
 * List<Versioned<Problem>> hits = problems.knownErrorsBySymptom("vpn disconnects");
 * }</pre>
 *
 * <p>Every write path keeps the symptom links: {@link #create}, {@link #update}, {@link #modify},
 * {@link #delete} and, for a batch of your own, {@link #writesToCreate}, {@link #writesToUpdate} and
 * {@link #writesToDelete}. The single-document {@link #toCreate}, {@link #toUpdate} and {@link #toDelete} refuse
 * (an {@link org.itm.core.ItmValidationException}) a write that would add, change or leave behind symptom links.
 *
 * @since 0.1
 */
public interface ProblemRepository extends ForwardingRepository<Problem> {

    /** Document type of problems. */
    String TYPE = "problem";
    /** Document type of the links from a symptom word to the known errors whose symptoms contain it. */
    String SYMPTOM_TYPE = "problem-symptom";

    /**
     * The problems in {@code store} (declares {@value #TYPE} and {@value #SYMPTOM_TYPE} there).
     *
     * @param store the store
     * @return the repository
     * @throws org.itm.core.ItmValidationException if {@code store} is null
     */
    static ProblemRepository documentStore(DocumentStore store) {
        return new DocumentStoreProblemRepository(Checks.notNull(store, "store"));
    }

    /**
     * Problems on configuration item {@code ci}.
     *
     * @param ci the configuration item
     * @return the query
     */
    default Query onCi(String ci) {
        return query().where("ci", Checks.notBlank(ci, "ci"));
    }

    /**
     * Problems of {@code service}.
     *
     * @param service the service
     * @return the query
     */
    default Query ofService(String service) {
        return query().where("service", Checks.notBlank(service, "service"));
    }

    /**
     * Problems in {@code state}.
     *
     * @param state the state
     * @return the query
     */
    default Query inState(ProblemState state) {
        return query().where("state", Checks.notNull(state, "state").name());
    }

    /**
     * Problems published as known errors (with a workaround and symptoms); refine with {@code where("ci", ..)}.
     *
     * @return the query
     */
    default Query knownErrors() {
        return query().where("knownError", "true");
    }

    /**
     * The known errors whose symptoms contain every word of {@code text} (case-insensitive), by id: the links of
     * each word are read and intersected, then only the problems in the intersection.
     *
     * @param text the words searched
     * @return the matching known errors
     * @throws org.itm.core.ItmValidationException if {@code text} holds no word
     */
    List<Versioned<Problem>> knownErrorsBySymptom(String text);

    /**
     * The create of {@code problem} with its symptom links, for an atomic batch.
     *
     * @param problem the problem
     * @return the writes, the problem's first
     */
    List<Write> toCreateWithLinks(Problem problem);

    /**
     * The update of {@code before} (stored at {@code expectedVersion}) to {@code after}, with the symptom links
     * added and removed, for an atomic batch.
     *
     * @param before          the stored problem
     * @param after           its new value, with the same id
     * @param expectedVersion the stored version
     * @return the writes, the problem's first
     */
    List<Write> toUpdateWithLinks(Problem before, Problem after, long expectedVersion);
}
