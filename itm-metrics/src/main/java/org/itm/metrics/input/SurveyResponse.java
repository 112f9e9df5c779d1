package org.itm.metrics.input;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.itm.core.validation.Checks;

/**
 * One user survey response: a satisfaction score (CSAT, 1–5), a likelihood to recommend (NPS question, 0–10), or
 * both, optionally about a specific incident.
 *
 * @param id         response id
 * @param service    service the response is about
 * @param team       team that served the user
 * @param responded  when the user answered
 * @param csat       satisfaction 1 (very dissatisfied) to 5 (very satisfied), if asked
 * @param nps        likelihood to recommend 0 to 10, if asked
 * @param incidentId the incident the survey followed, if any
 * @since 0.1
 */
public record SurveyResponse(String id, String service, String team, Instant responded, OptionalInt csat,
                             OptionalInt nps, Optional<String> incidentId) {

    /**
     * A response; at least one of CSAT and NPS is answered.
     *
     * @param id response id
     * @param service service the response is about
     * @param team team that served the user
     * @param responded when the user answered
     * @param csat satisfaction 1 (very dissatisfied) to 5 (very satisfied), if asked
     * @param nps likelihood to recommend 0 to 10, if asked
     * @param incidentId the incident the survey followed, if any
     * @throws org.itm.core.ItmValidationException if a text is blank, a score is out of range, neither score is given
     *        or an argument is null
     */
    public SurveyResponse {
        Checks.notBlank(id, "id");
        Checks.notBlank(service, "service");
        Checks.notBlank(team, "team");
        Checks.notNull(responded, "responded");
        Checks.notNull(csat, "csat");
        Checks.notNull(nps, "nps");
        Checks.notNull(incidentId, "incidentId");
        csat.ifPresent(c -> Checks.between(c, 1, 5, "csat"));
        nps.ifPresent(n -> Checks.between(n, 0, 10, "nps"));
        Checks.require(csat.isPresent() || nps.isPresent(), "csat", "a response needs a CSAT or an NPS answer");
    }
}
