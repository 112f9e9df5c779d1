/**
 * Export of KPI values to Micrometer, so that they reach Prometheus, dashboards and alerting through every
 * Micrometer backend without a second metrics pipeline.
 *
 * <p>The entry point is
 * {@link org.itm.metrics.export.MicrometerKpiPublisher#create(io.micrometer.core.instrument.MeterRegistry)}; each {@code publish} sets one value gauge and one RAG-status gauge per KPI and group to its latest window, and is
 * safe to call from a scheduled job while the registry is scraped. Micrometer is an optional dependency: add
 * {@code io.micrometer:micrometer-core} to use this package; nothing else in itm-metrics needs it. Scorecards are
 * rendered as CSV and JSON by {@link org.itm.metrics.scorecard.ScorecardRenderer}.
 *
 * <pre>{@code
 * import io.micrometer.core.instrument.MeterRegistry;
 * import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
 * import org.itm.metrics.kpi.KpiResults;
 * // given: KpiResults results
 *
 * MeterRegistry registry = new SimpleMeterRegistry();
 * MicrometerKpiPublisher publisher = MicrometerKpiPublisher.create(registry);
 * int gauges = publisher.publish(results, Map.of("incident.mttr.median", "h"));
 * }</pre>
 */
@NullMarked
package org.itm.metrics.export;

import org.jspecify.annotations.NullMarked;
