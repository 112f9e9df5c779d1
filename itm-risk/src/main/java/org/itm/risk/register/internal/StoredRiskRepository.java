package org.itm.risk.register.internal;

import org.itm.core.store.DocumentStore;
import org.itm.core.store.Repository;
import org.itm.core.validation.Checks;
import org.itm.risk.register.Risk;
import org.itm.risk.register.RiskAppetite;
import org.itm.risk.register.RiskRepository;

/** {@link RiskRepository} over a {@link Repository} whose {@code aboveAppetite} index uses {@code appetite}. */
public record StoredRiskRepository(Repository<Risk> delegate, RiskAppetite appetite) implements RiskRepository {

    /** Declares the type in {@code store} and indexes risks against {@code appetite}. */
    public static StoredRiskRepository create(DocumentStore store, RiskAppetite appetite) {
        Checks.notNull(appetite, "appetite");
        Repository<Risk> risks = Repository.builder(Risk.class, TYPE)
                .id(Risk::id)
                .index("category", Risk::category)
                .index("owner", Risk::owner)
                .index("aboveAppetite", r -> Boolean.toString(r.residualScore() > appetite.limitFor(r.category())))
                .index("treatmentOpen", r -> Boolean.toString(
                        r.treatment().map(t -> t.completedOn().isEmpty()).orElse(false)))
                .build(Checks.notNull(store, "store"));
        return new StoredRiskRepository(risks, appetite);
    }
}
