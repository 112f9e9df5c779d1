package org.itm.governance.planning;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.validation.Checks;

/**
 * Portfolio and roadmap decisions in a document store (type {@value #TYPE}), keyed by decision id; query by
 * planning cycle, by who decided, and by the decision a re-plan superseded, and find the decision in force for a
 * cycle (the one no other decision of the cycle supersedes).
 *
 * <pre>{@code
 * PortfolioDecisionRepository decisions = PortfolioDecisionRepository.documentStore(store);
 * decisions.create(PortfolioDecision.of("PFD-1", "2026-H2", today, "board", result.decisions(), roadmap, "cap 2M"));
 * Optional<Versioned<PortfolioDecision>> current = decisions.inForce("2026-H2");
 * }</pre>
 *
 * @since 0.1
 */
public interface PortfolioDecisionRepository extends ForwardingRepository<PortfolioDecision> {

    /** Document type of portfolio decisions. */
    String TYPE = "portfolio-decision";
    /** Value of the {@code supersedes} index of a decision that replaces none. */
    String NONE = "none";

    /**
     * The portfolio decisions in {@code store}.
     *
     * @param store the store
     * @return the repository
     * @throws org.itm.core.ItmValidationException if {@code store} is null
     */
    static PortfolioDecisionRepository documentStore(DocumentStore store) {
        Repository<PortfolioDecision> decisions = Repository.builder(PortfolioDecision.class, TYPE)
                .id(PortfolioDecision::id)
                .index("cycle", PortfolioDecision::cycle)
                .index("decidedBy", PortfolioDecision::decidedBy)
                .index("supersedes", d -> d.supersedes().orElse(NONE))
                .build(Checks.notNull(store, "store"));
        return () -> decisions;
    }

    /**
     * Decisions of one planning cycle.
     *
     * @param cycle the cycle
     * @return the query
     */
    default Query ofCycle(String cycle) {
        return query().where("cycle", Checks.notBlank(cycle, "cycle"));
    }

    /**
     * Decisions taken by one board or person.
     *
     * @param decidedBy who decided
     * @return the query
     */
    default Query decidedBy(String decidedBy) {
        return query().where("decidedBy", Checks.notBlank(decidedBy, "decidedBy"));
    }

    /**
     * The decisions that replaced decision {@code id}.
     *
     * @param id the superseded decision
     * @return the query
     */
    default Query superseding(String id) {
        return query().where("supersedes", Checks.id(id, "id"));
    }

    /**
     * The decision in force for {@code cycle}: among the cycle's decisions, the one that no other supersedes (the
     * latest decided if a board recorded two independent ones).
     *
     * @param cycle the cycle
     * @return the decision, or empty if the cycle has none
     */
    default Optional<Versioned<PortfolioDecision>> inForce(String cycle) {
        List<Versioned<PortfolioDecision>> all = findAll(ofCycle(cycle));
        Set<String> superseded = all.stream().map(v -> v.value().supersedes()).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return all.stream().filter(v -> !superseded.contains(v.value().id()))
                .max(Comparator.comparing((Versioned<PortfolioDecision> v) -> v.value().decidedOn())
                        .thenComparing(v -> v.value().id()));
    }
}
