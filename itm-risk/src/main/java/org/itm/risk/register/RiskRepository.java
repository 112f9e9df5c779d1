package org.itm.risk.register;

import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.validation.Checks;
import org.itm.risk.register.internal.StoredRiskRepository;

/**
 * Risks and their treatment plans in a document store (type {@value #TYPE}), with optimistic versions and the
 * register's queries on indexed fields, to page through with {@link #find(Query)}:
 *
 * <pre>{@code
 * RiskRepository risks = RiskRepository.documentStore(store, appetite);
 * Versioned<Risk> saved = risks.create(risk);
 * Page<Versioned<Risk>> worst = risks.find(risks.aboveAppetite().withPageSize(50));
 * }</pre>
 *
 * <p>Whether a risk is above appetite is indexed when it is written, against the appetite the repository was built
 * with; after changing the appetite, re-save the risks (e.g. {@link #modify} each with the identity) to re-index.
 *
 * @since 0.1
 */
public interface RiskRepository extends ForwardingRepository<Risk> {

    /** Document type of risks. */
    String TYPE = "risk";

    /**
     * The risks in {@code store}, indexed against {@code appetite}.
     *
     * @param store    the store
     * @param appetite the appetite that decides {@link #aboveAppetite()}
     * @return the repository
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
    static RiskRepository documentStore(DocumentStore store, RiskAppetite appetite) {
        return StoredRiskRepository.create(store, appetite);
    }

    /**
     * The appetite the {@code aboveAppetite} index is computed with when a risk is written.
     *
     * @return the appetite given to {@link #documentStore}
     */
    RiskAppetite appetite();

    /**
     * Risks whose residual score exceeded their category's appetite when they were written.
     *
     * @return the query
     */
    default Query aboveAppetite() {
        return query().where("aboveAppetite", "true");
    }

    /**
     * Risks of one category.
     *
     * @param category the category
     * @return the query
     */
    default Query inCategory(String category) {
        return query().where("category", Checks.notBlank(category, "category"));
    }

    /**
     * Risks one person owns.
     *
     * @param owner the owner
     * @return the query
     */
    default Query ownedBy(String owner) {
        return query().where("owner", Checks.notBlank(owner, "owner"));
    }

    /**
     * Risks with a treatment plan that is not completed yet (check each for overdue with its due date).
     *
     * @return the query
     */
    default Query withOpenTreatment() {
        return query().where("treatmentOpen", "true");
    }
}
