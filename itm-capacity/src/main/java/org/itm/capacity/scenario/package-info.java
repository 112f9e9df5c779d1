/**
 * What-if scenarios: how growth, new customers, seasonal peaks and added or removed capacity change when resources
 * run out and what the capacity they need costs.
 *
 * <p>The entry point is {@link org.itm.capacity.scenario.ScenarioPlanner}. Give it one
 * {@link org.itm.capacity.scenario.ResourcePlan} per resource (usage history, baseline forecast, price per unit of
 * capacity) and the {@link org.itm.capacity.scenario.Scenario}s to compare, each a list of
 * {@link org.itm.capacity.scenario.DemandAdjustment}s and {@link org.itm.capacity.scenario.CapacityChange}s; it
 * returns a {@link org.itm.capacity.scenario.ScenarioComparison} with each resource's peak usage, exhaustion date,
 * capacity still needed and cost per scenario. Costs are {@code BigDecimal} in one currency, rounded half-up to its
 * minor unit.
 *
 * <pre>{@code
 * import java.math.BigDecimal;
 * import org.itm.capacity.exhaustion.ExhaustionAnalyzer;
 * import org.itm.capacity.exhaustion.Resource;
 * import org.itm.capacity.forecast.Forecast;
 * import org.itm.capacity.series.TimeSeries;
 * import org.itm.capacity.series.Unit;
 *
 * Resource storage = Resource.builder("storage-a").capacity(1000, Unit.of("TB")).thresholds(0.8, 0.9).build();
 * TimeSeries used = TimeSeries.regular("used", storage.unit(), Instant.parse("2026-01-01T00:00:00Z"),
 *         Duration.ofDays(1), new double[] {780, 790, 800});
 * Forecast baseline = new Forecast("10 TB a day",
 *         new double[] {810, 820, 830, 840, 850, 860, 870, 880, 890, 900}, List.of());
 * ResourcePlan plan = new ResourcePlan(storage, used, baseline, new BigDecimal("25.00"));   // EUR per TB
 *
 * Scenario onboarding = Scenario.of("onboarding",
 *                 new DemandAdjustment.StepChange(Instant.parse("2026-01-06T00:00:00Z"), 100, Set.of()))
 *         .withCapacityChange(CapacityChange.of("storage-a", 100));
 * ScenarioComparison comparison = ScenarioPlanner.create(ExhaustionAnalyzer.create(Clock.systemUTC()))
 *         .compare(List.of(plan), List.of(Scenario.baseline(), onboarding), Currency.getInstance("EUR"));
 * String table = comparison.toTable();
 * // baseline:   capacity 1000, peak  900, exhausted 2026-01-13, cost    0.00
 * // onboarding: capacity 1100, peak 1000, exhausted 2026-01-12, cost 2777.78 (the 100 TB plus 11.1 TB more)
 * }</pre>
 */
@NullMarked
package org.itm.capacity.scenario;

import org.jspecify.annotations.NullMarked;
