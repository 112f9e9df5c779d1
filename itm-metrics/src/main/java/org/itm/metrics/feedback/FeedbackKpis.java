package org.itm.metrics.feedback;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.metrics.input.IncidentRecord;
import org.itm.metrics.input.SurveyResponse;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.RecordSchema;
import org.itm.metrics.kpi.TimeWindow;

/**
 * CSAT and NPS over survey responses, windowed by response time.
 *
 * <ul>
 *   <li>CSAT % = responses scoring 4 or 5 over responses with a CSAT score, × 100.</li>
 *   <li>NPS = % promoters (9–10) − % detractors (0–6) over responses with an NPS answer; computed as the mean of
 *       +100 per promoter, 0 per passive and −100 per detractor, which is the same number and merges exactly.</li>
 * </ul>
 * Linked to incidents, the responses can also be grouped by the incident's priority and category, and by whether
 * they followed an incident at all.
 *
 * @since 0.1
 */
public final class FeedbackKpis {

    /** Id of the CSAT KPI, in %, higher is better (target 85, amber below 85, red below 75). */
    public static final String CSAT = "feedback.csat";
    /** Id of the NPS KPI, in points from −100 to 100, higher is better (target 30, red below 0). */
    public static final String NPS = "feedback.nps";
    /** Id of the response count, to judge whether CSAT and NPS rest on enough answers. */
    public static final String RESPONSES = "feedback.responses";
    /** Value of the incident dimensions for responses not linked to a known incident. */
    public static final String UNLINKED = "none";

    private FeedbackKpis() {
    }

    /**
     * The fields of a survey response that the catalog and your own definitions may use.
     *
     * @return dimensions {@code service, team}; measure {@code npsPoints}; flags {@code hasCsat, satisfied,
     *         hasNps}; time {@code responded}
     */
    public static RecordSchema<SurveyResponse> schema() {
        return base().build();
    }

    /**
     * {@link #schema()} plus dimensions {@code incidentPriority}, {@code incidentCategory} and flag {@code linked},
     * read from {@code incidentsById} through each response's incident id; a response without a known incident
     * gets {@value #UNLINKED} in both dimensions.
     *
     * @param incidentsById the incidents the responses may refer to, by id; copied
     * @return the schema, to group feedback by the priority and category of the incident it followed
     * @throws org.itm.core.ItmValidationException if {@code incidentsById} is null
     */
    public static RecordSchema<SurveyResponse> schema(Map<String, IncidentRecord> incidentsById) {
        Map<String, IncidentRecord> incidents = Map.copyOf(Checks.notNull(incidentsById, "incidentsById"));
        return base()
                .dimension("incidentPriority", r -> incident(r, incidents).map(IncidentRecord::priority)
                        .orElse(UNLINKED))
                .dimension("incidentCategory", r -> incident(r, incidents).map(IncidentRecord::category)
                        .orElse(UNLINKED))
                .flag("linked", r -> incident(r, incidents).isPresent())
                .build();
    }

    private static Optional<IncidentRecord> incident(SurveyResponse r, Map<String, IncidentRecord> incidents) {
        return r.incidentId().map(incidents::get);
    }

    private static RecordSchema.Builder<SurveyResponse> base() {
        return RecordSchema.<SurveyResponse>builder("survey")
                .dimension("service", SurveyResponse::service)
                .dimension("team", SurveyResponse::team)
                .measure("npsPoints", r -> r.nps().isEmpty() ? Double.NaN
                        : r.nps().getAsInt() >= 9 ? 100 : r.nps().getAsInt() >= 7 ? 0 : -100)
                .flag("hasCsat", r -> r.csat().isPresent())
                .flag("satisfied", r -> r.csat().isPresent() && r.csat().getAsInt() >= 4)
                .flag("hasNps", r -> r.nps().isPresent())
                .time("responded", r -> Optional.of(r.responded()));
    }

    /**
     * The feedback catalog for a monthly service review.
     *
     * @param zone where months start
     * @return CSAT, NPS and response count per service and calendar month
     */
    public static List<KpiDefinition> catalog(ZoneId zone) {
        return catalog(List.of("service"), TimeWindow.month(zone));
    }

    /**
     * The feedback catalog grouped and windowed as you choose, e.g. per team and week.
     *
     * @param dimensions dimensions of {@link #schema()} (or of the linked schema) to group by
     * @param window the time windows
     * @return CSAT, NPS and response count
     */
    public static List<KpiDefinition> catalog(List<String> dimensions, TimeWindow window) {
        return List.of(
                KpiDefinition.builder(CSAT).name("CSAT").unit("%").direction(KpiDirection.HIGHER_IS_BETTER)
                        .description("Share of CSAT answers scoring 4 or 5 of 5.")
                        .ratio("satisfied").filter("hasCsat").percent().thresholds(85, 85, 75)
                        .dimensions(dimensions).window(window).timeField("responded").build(),
                KpiDefinition.builder(NPS).name("NPS").unit("points").direction(KpiDirection.HIGHER_IS_BETTER)
                        .description("Net promoter score: % promoters (9-10) minus % detractors (0-6), -100..100.")
                        .mean("npsPoints").filter("hasNps").thresholds(30, 30, 0)
                        .dimensions(dimensions).window(window).timeField("responded").build(),
                KpiDefinition.builder(RESPONSES).name("Survey responses").unit("count")
                        .direction(KpiDirection.HIGHER_IS_BETTER).description("Number of survey responses received.")
                        .count().dimensions(dimensions).window(window).timeField("responded").build());
    }
}
