/**
 * The input records of the KPI catalog: each carries exactly the fields its KPIs need (incidents, changes,
 * deployments, pages, vulnerabilities, risks, capacity periods, initiatives, survey responses), so that feeding
 * the catalog from the domain modules or from another tool is one mapping function per record type.
 *
 * <p>Build records directly from your own data (their compact constructors reject inconsistent values with an
 * {@link org.itm.core.ItmValidationException}), or map itm-operations' incidents and pages with
 * {@link org.itm.metrics.input.OperationsRecords}. Survey responses are stored through
 * {@link org.itm.metrics.input.SurveyResponseRepository}.
 *
 * <pre>{@code
 * import org.itm.operations.incident.Incident;
 * // given: Incident live
 *
 * IncidentRecord fromOperations = OperationsRecords.incident(live, true);
 * IncidentRecord fromAnotherTool = new IncidentRecord("INC-7", "mail", "mail-team", "P2", "email", "mx-1",
 *         Instant.parse("2026-03-02T08:00:00Z"), Optional.of(Instant.parse("2026-03-02T08:10:00Z")),
 *         Optional.of(Instant.parse("2026-03-02T11:30:00Z")), 1, 0, true, false, false);
 * Duration toResolve = fromAnotherTool.timeToResolve().orElseThrow();   // PT3H30M
 * }</pre>
 */
@NullMarked
package org.itm.metrics.input;

import org.jspecify.annotations.NullMarked;
