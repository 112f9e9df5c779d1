package org.itm.risk.identity;

import java.time.YearMonth;
import org.itm.core.store.DocumentIds;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.validation.Checks;

/**
 * Certification campaigns in a document store (type {@value #TYPE}), stored as their {@link CertificationCampaign.State},
 * one document per campaign name; query open campaigns or those due in a month.
 *
 * <pre>{@code
 * CertificationCampaignRepository campaigns = CertificationCampaignRepository.documentStore(store);
 * campaigns.create(campaign.state());
 * CertificationCampaign again = CertificationCampaign.restore(
 *         campaigns.get(CertificationCampaignRepository.idOf("q1-review")).orElseThrow().value());
 * }</pre>
 *
 * @since 0.1
 */
public interface CertificationCampaignRepository extends ForwardingRepository<CertificationCampaign.State> {

    /** Document type of certification campaigns. */
    String TYPE = "certification-campaign";

    /**
     * The campaigns in {@code store}.
     *
     * @param store the store
     * @return the repository
     * @throws org.itm.core.ItmValidationException if {@code store} is null
     */
    static CertificationCampaignRepository documentStore(DocumentStore store) {
        Repository<CertificationCampaign.State> campaigns = Repository.builder(CertificationCampaign.State.class, TYPE)
                .id(c -> idOf(c.name()))
                .index("closed", c -> Boolean.toString(c.closed()))
                .index("dueMonth", c -> YearMonth.from(c.dueDate()).toString())
                .build(Checks.notNull(store, "store"));
        return () -> campaigns;
    }

    /**
     * The document id of the campaign named {@code name}.
     *
     * @param name the campaign's name
     * @return its document id
     */
    static String idOf(String name) {
        return DocumentIds.forKey(Checks.notBlank(name, "name"));
    }

    /**
     * Campaigns not closed yet.
     *
     * @return the query
     */
    default Query open() {
        return query().where("closed", "false");
    }

    /**
     * Campaigns due in one month.
     *
     * @param month the month
     * @return the query
     */
    default Query dueIn(YearMonth month) {
        return query().where("dueMonth", Checks.notNull(month, "month").toString());
    }
}
