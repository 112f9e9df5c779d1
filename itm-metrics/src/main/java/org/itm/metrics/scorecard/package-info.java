/**
 * Balanced scorecards: the weighted KPIs of a service or team turned into one 0–100 score with a RAG status, each
 * line explaining the points it earned, for service reviews and management reports.
 *
 * <p>The entry point is {@link org.itm.metrics.scorecard.Scorecard#of}, evaluated with
 * {@link org.itm.metrics.scorecard.Scorecard#evaluate} against {@link org.itm.metrics.kpi.KpiResults} whose KPIs
 * are grouped by the scorecard's scope; {@link org.itm.metrics.scorecard.ScorecardRenderer} writes the result as
 * CSV or JSON. A bad scorecard, or an entry whose KPI has no definition, is rejected with an
 * {@link org.itm.core.ItmValidationException}.
 *
 * <pre>{@code
 * import org.itm.metrics.kpi.*;
 * // given: KpiResults results, List<KpiDefinition> definitions
 *
 * Scorecard mail = Scorecard.of("mail-review", "Mail service", Map.of("service", "mail"), List.of(
 *         new ScorecardEntry("incident.mttr.median", 2),
 *         new ScorecardEntry("feedback.csat", 1)));
 * ScorecardResult march = mail.evaluate(results, definitions, LocalDate.of(2026, 3, 1));
 * String csv = ScorecardRenderer.csv(march);
 * }</pre>
 */
@NullMarked
package org.itm.metrics.scorecard;

import org.jspecify.annotations.NullMarked;
