/**
 * User feedback KPIs: how satisfied users are (CSAT %) and whether they would recommend the service (NPS,
 * −100…100), per service, team and period, from {@link org.itm.metrics.input.SurveyResponse}s, optionally grouped
 * by the priority and category of the incident a survey followed.
 *
 * <p>The entry point is {@link org.itm.metrics.feedback.FeedbackKpis}: its {@code schema()} and {@code catalog(...)}
 * go straight into {@link org.itm.metrics.kpi.KpiEngine#create}, and
 * {@link org.itm.metrics.feedback.FeedbackKpis#schema(java.util.Map)} links responses to incidents.
 *
 * <pre>{@code
 * import org.itm.metrics.input.SurveyResponse;
 * import org.itm.metrics.kpi.*;
 *
 * List<SurveyResponse> responses = List.of(
 *         new SurveyResponse("S-1", "mail", "desk", Instant.parse("2026-03-03T09:00:00Z"), OptionalInt.of(5),
 *                 OptionalInt.of(9), Optional.of("INC-7")),
 *         new SurveyResponse("S-2", "mail", "desk", Instant.parse("2026-03-04T09:00:00Z"), OptionalInt.of(2),
 *                 OptionalInt.empty(), Optional.empty()));
 * KpiResults results = KpiEngine.create(FeedbackKpis.schema(), FeedbackKpis.catalog(ZoneId.of("Europe/Berlin")))
 *         .compute(responses);
 * List<KpiResult> csat = results.forKpi(FeedbackKpis.CSAT);   // mail, March: 50 %, RED
 * }</pre>
 */
@NullMarked
package org.itm.metrics.feedback;

import org.jspecify.annotations.NullMarked;
