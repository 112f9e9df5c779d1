package org.itm.metrics.improvement;

import java.util.List;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.validation.Checks;

/**
 * The continual improvement register in a document store (type {@value #TYPE}), one document per initiative,
 * each rebuilt through the {@link ImprovementInitiative} constructor; query by PDCA stage, owner or KPI, and move an
 * initiative through PDCA with an optimistic retry.
 *
 * <pre>{@code
 * ImprovementInitiativeRepository register = ImprovementInitiativeRepository.documentStore(store);
 * register.create(initiative);
 * register.moveTo(initiative.id(), PdcaStage.DO);
 * List<Versioned<ImprovementInitiative>> checking = register.findAll(register.inStage(PdcaStage.CHECK));
 * }</pre>
 *
 * @since 0.1
 */
public interface ImprovementInitiativeRepository extends ForwardingRepository<ImprovementInitiative> {

    /** Document type of improvement initiatives. */
    String TYPE = "improvement-initiative";

    /**
     * The register in {@code store}.
     *
     * @param store the store
     * @return the repository
     * @throws org.itm.core.ItmValidationException if {@code store} is null
     */
    static ImprovementInitiativeRepository documentStore(DocumentStore store) {
        Repository<ImprovementInitiative> initiatives = Repository.builder(ImprovementInitiative.class, TYPE)
                .id(ImprovementInitiative::id)
                .index("stage", i -> i.stage().name())
                .index("owner", ImprovementInitiative::owner)
                .index("kpi", ImprovementInitiative::kpiId)
                .build(Checks.notNull(store, "store"));
        return () -> initiatives;
    }

    /**
     * Initiatives in {@code stage}.
     *
     * @param stage the PDCA stage
     * @return the query
     */
    default Query inStage(PdcaStage stage) {
        return query().where("stage", Checks.notNull(stage, "stage").name());
    }

    /**
     * Initiatives one person or team owns.
     *
     * @param owner the owner
     * @return the query
     */
    default Query ownedBy(String owner) {
        return query().where("owner", Checks.notBlank(owner, "owner"));
    }

    /**
     * Initiatives measured by one KPI.
     *
     * @param kpiId the KPI
     * @return the query
     */
    default Query measuredBy(String kpiId) {
        return query().where("kpi", Checks.notBlank(kpiId, "kpiId"));
    }

    /**
     * Moves initiative {@code id} to stage {@code next}, re-reading it if another writer moved it first.
     *
     * @param id   the initiative
     * @param next the stage
     * @return the stored initiative and its version
     * @throws org.itm.core.NotFoundException if the initiative is not stored
     * @throws org.itm.core.IllegalStateTransitionException if PDCA does not allow the move from the stored stage
     */
    default Versioned<ImprovementInitiative> moveTo(String id, PdcaStage next) {
        Checks.notNull(next, "next");
        return modify(id, i -> i.moveTo(next));
    }

    /**
     * The whole register as a value, for the calculations that take one: reads every initiative, in id order.
     *
     * @return the register
     */
    default ImprovementRegister register() {
        List<ImprovementInitiative> all = findAll(query()).stream().map(Versioned::value).toList();
        return new ImprovementRegister(all);
    }
}
