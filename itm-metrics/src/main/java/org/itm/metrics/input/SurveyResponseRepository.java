package org.itm.metrics.input;

import java.time.YearMonth;
import java.time.ZoneOffset;
import org.itm.core.store.DocumentIds;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.validation.Checks;

/**
 * Feedback survey responses in a document store (type {@value #TYPE}), one document per response id, so an
 * imported response is stored once; query by service, team or month (UTC) of the answer.
 *
 * <pre>{@code
 * SurveyResponseRepository responses = SurveyResponseRepository.documentStore(store);
 * responses.create(response);
 * List<Versioned<SurveyResponse>> march = responses.findAll(responses.respondedIn(YearMonth.of(2026, 3)));
 * }</pre>
 *
 * @since 0.1
 */
public interface SurveyResponseRepository extends ForwardingRepository<SurveyResponse> {

    /** Document type of survey responses. */
    String TYPE = "survey-response";

    /**
     * The responses in {@code store}.
     *
     * @param store the store
     * @return the repository
     * @throws org.itm.core.ItmValidationException if {@code store} is null
     */
    static SurveyResponseRepository documentStore(DocumentStore store) {
        Repository<SurveyResponse> responses = Repository.builder(SurveyResponse.class, TYPE)
                .id(r -> idOf(r.id()))
                .index("service", SurveyResponse::service)
                .index("team", SurveyResponse::team)
                .index("month", r -> YearMonth.from(r.responded().atOffset(ZoneOffset.UTC)).toString())
                .build(Checks.notNull(store, "store"));
        return () -> responses;
    }

    /**
     * The document id of the response with {@code responseId} (response ids come from survey tools in any form).
     *
     * @param responseId the response's id
     * @return its document id
     */
    static String idOf(String responseId) {
        return DocumentIds.forKey(Checks.notBlank(responseId, "responseId"));
    }

    /**
     * Responses about one service.
     *
     * @param service the service
     * @return the query
     */
    default Query aboutService(String service) {
        return query().where("service", Checks.notBlank(service, "service"));
    }

    /**
     * Responses about one team.
     *
     * @param team the team
     * @return the query
     */
    default Query aboutTeam(String team) {
        return query().where("team", Checks.notBlank(team, "team"));
    }

    /**
     * Responses answered in one month, in UTC.
     *
     * @param month the month
     * @return the query
     */
    default Query respondedIn(YearMonth month) {
        return query().where("month", Checks.notNull(month, "month").toString());
    }
}
