package org.itm.governance.decision;

import java.time.YearMonth;
import java.util.Locale;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.validation.Checks;

/**
 * The decision log's records in a document store (type {@value #TYPE}), keyed by sequence number so that a record
 * is written once and listed in sequence order; query by decision type, decider or month.
 *
 * <pre>{@code
 * DecisionRecordRepository decisions = DecisionRecordRepository.documentStore(store);
 * decisions.create(log.record(request));
 * List<Versioned<DecisionRecord>> march = decisions.findAll(decisions.decidedIn(YearMonth.of(2026, 3)));
 * }</pre>
 *
 * @since 0.1
 */
public interface DecisionRecordRepository extends ForwardingRepository<DecisionRecord> {

    /** Document type of decision records. */
    String TYPE = "decision-record";

    /**
     * The decision records in {@code store}.
     *
     * @param store the store
     * @return the repository
     * @throws org.itm.core.ItmValidationException if {@code store} is null
     */
    static DecisionRecordRepository documentStore(DocumentStore store) {
        Repository<DecisionRecord> records = Repository.builder(DecisionRecord.class, TYPE)
                .id(r -> idOf(r.sequence()))
                .index("decisionType", r -> r.request().decisionType())
                .index("decidedBy", r -> r.request().decidedBy())
                .index("month", r -> YearMonth.from(r.date()).toString())
                .build(Checks.notNull(store, "store"));
        return () -> records;
    }

    /**
     * The document id of the record with {@code sequence}: zero-padded, so id order is sequence order.
     *
     * @param sequence the record's sequence number, 0 or more
     * @return its id
     */
    static String idOf(long sequence) {
        Checks.notNegative(sequence, "sequence");
        return String.format(Locale.ROOT, "%019d", sequence);
    }

    /**
     * Records of one decision type.
     *
     * @param decisionType the type
     * @return the query
     */
    default Query ofType(String decisionType) {
        return query().where("decisionType", Checks.id(decisionType, "decisionType"));
    }

    /**
     * Records decided by one person.
     *
     * @param person who decided
     * @return the query
     */
    default Query decidedBy(String person) {
        return query().where("decidedBy", Checks.id(person, "person"));
    }

    /**
     * Records decided in one month.
     *
     * @param month the month
     * @return the query
     */
    default Query decidedIn(YearMonth month) {
        return query().where("month", Checks.notNull(month, "month").toString());
    }
}
