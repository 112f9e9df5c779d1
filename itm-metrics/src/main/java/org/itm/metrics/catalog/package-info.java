/**
 * The standard KPI catalog, each KPI with its definition written down (what is counted, from which records, in
 * which unit, with which target), so that a service review can start from agreed measures instead of inventing
 * them: incidents ({@link org.itm.metrics.catalog.IncidentKpis}), changes
 * ({@link org.itm.metrics.catalog.ChangeKpis}), the DORA four keys with their performance bands
 * ({@link org.itm.metrics.catalog.DoraKpis}, {@link org.itm.metrics.catalog.DoraBands}), paging
 * ({@link org.itm.metrics.catalog.PagingKpis}), risk ({@link org.itm.metrics.catalog.RiskKpis}), capacity
 * ({@link org.itm.metrics.catalog.CapacityKpis}) and governance ({@link org.itm.metrics.catalog.GovernanceKpis}).
 *
 * <p>Each class offers the {@link org.itm.metrics.kpi.RecordSchema} of its input record
 * ({@link org.itm.metrics.input}) and the definitions, per month by default or grouped and windowed as you choose;
 * pass both to {@link org.itm.metrics.kpi.KpiEngine#create}. The definitions are data: regroup, re-window or
 * re-target them with {@code withDimensions}, {@code withWindow} and {@code withThresholds}.
 *
 * <pre>{@code
 * import org.itm.metrics.input.DeploymentRecord;
 * import org.itm.metrics.kpi.*;
 *
 * ZoneId berlin = ZoneId.of("Europe/Berlin");
 * List<DeploymentRecord> deployments = List.of(
 *         new DeploymentRecord("D-1", "shop", "web", Instant.parse("2026-03-02T09:00:00Z"),
 *                 Instant.parse("2026-03-02T15:00:00Z"), false, Optional.empty()),
 *         new DeploymentRecord("D-2", "shop", "web", Instant.parse("2026-03-05T09:00:00Z"),
 *                 Instant.parse("2026-03-06T10:00:00Z"), true, Optional.of(Instant.parse("2026-03-06T11:30:00Z"))));
 * KpiResults results = KpiEngine.create(DoraKpis.schema(berlin), DoraKpis.catalog(berlin)).compute(deployments);
 * for (DoraClassification c : DoraBands.published().classifyAll(results)) {
 *     System.out.println(c.metric() + " " + c.band() + ": " + c.explanation());
 * }
 * }</pre>
 */
@NullMarked
package org.itm.metrics.catalog;

import org.jspecify.annotations.NullMarked;
