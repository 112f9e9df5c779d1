package org.itm.capacity.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.itm.capacity.exhaustion.Crossing;
import org.itm.capacity.exhaustion.ExhaustionAnalyzer;
import org.itm.capacity.exhaustion.ExhaustionReport;
import org.itm.capacity.exhaustion.Resource;
import org.itm.capacity.forecast.Forecast;
import org.itm.capacity.forecast.PredictionInterval;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * Applies what-if scenarios to baseline forecasts and compares them side by side.
 *
 * <p>Costs are {@code BigDecimal} in one currency: capacity units times price, rounded half-up to the
 * currency's minor unit (2 digits for EUR). Removed capacity counts as a saving (negative cost); capacity still
 * needed is what keeps the peak point forecast at or below the critical threshold.
 */
public final class ScenarioPlanner {

    private final ExhaustionAnalyzer analyzer;

    private ScenarioPlanner(ExhaustionAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A planner that dates exhaustion with {@code analyzer}. */
    public static ScenarioPlanner create(ExhaustionAnalyzer analyzer) {
        return new ScenarioPlanner(Checks.notNull(analyzer, "analyzer"));
    }

    /** Evaluates every scenario over every plan. */
    public ScenarioComparison compare(List<ResourcePlan> plans, List<Scenario> scenarios, Currency currency) {
        Checks.notEmpty(plans, "plans");
        Checks.notEmpty(scenarios, "scenarios");
        Checks.notNull(currency, "currency");
        Set<String> ids = plans.stream().map(p -> p.resource().id()).collect(Collectors.toSet());
        for (int i = 0; i < scenarios.size(); i++) {
            for (CapacityChange c : scenarios.get(i).capacityChanges()) {
                if (!ids.contains(c.resourceId())) {
                    throw new ItmValidationException("scenarios[" + i + "].capacityChanges",
                            "unknown resource '" + c.resourceId() + "'; known: " + ids);
                }
            }
        }
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (Scenario s : scenarios) {
            List<ResourceOutcome> rows = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits());
            for (ResourcePlan p : plans) {
                ResourceOutcome o = evaluate(p, s, currency);
                rows.add(o);
                total = total.add(o.cost());
            }
            outcomes.add(new ScenarioOutcome(s.name(), rows, total));
        }
        return new ScenarioComparison(currency, outcomes);
    }

    private ResourceOutcome evaluate(ResourcePlan plan, Scenario scenario, Currency currency) {
        Resource r = plan.resource();
        double delta = scenario.capacityChanges().stream().filter(c -> c.resourceId().equals(r.id()))
                .mapToDouble(CapacityChange::delta).sum();
        double capacity = r.capacity() + delta;
        if (!(capacity > 0)) {
            throw new ItmValidationException("scenario." + scenario.name() + ".capacityChanges",
                    "would leave " + r.id() + " with no capacity (" + capacity + ")");
        }
        Resource changed = r.withCapacity(capacity);
        Forecast adjusted = adjust(plan, scenario);
        ExhaustionReport report = analyzer.analyse(changed, plan.usage(), adjusted);
        Crossing critical = report.critical();
        double peak = java.util.Arrays.stream(adjusted.mean()).max().orElse(report.currentUsage());
        peak = Math.max(peak, report.currentUsage());
        double needed = Math.max(0, peak / r.criticalThreshold() - capacity);
        int digits = currency.getDefaultFractionDigits();
        BigDecimal cost = plan.pricePerUnit().multiply(BigDecimal.valueOf(delta + needed))
                .setScale(digits, RoundingMode.HALF_UP);
        return new ResourceOutcome(r.id(), capacity, peak, critical.expected(), needed, cost);
    }

    static Forecast adjust(ResourcePlan plan, Scenario scenario) {
        String id = plan.resource().id();
        List<DemandAdjustment> applicable = scenario.adjustments().stream().filter(a -> a.appliesTo(id))
                .sorted((a, b) -> Boolean.compare(a instanceof DemandAdjustment.StepChange,
                        b instanceof DemandAdjustment.StepChange))
                .toList();
        Forecast f = plan.baseline();
        Instant origin = plan.usage().last().orElseThrow(
                () -> new ItmValidationException("usage", "must have at least one observation")).at();
        Instant[] at = new Instant[f.horizon()];
        for (int h = 0; h < at.length; h++) {
            at[h] = plan.usage().instantAfterLast(h + 1);
        }
        double[] mean = apply(f.mean(), at, origin, applicable);
        List<PredictionInterval> intervals = new ArrayList<>();
        for (PredictionInterval pi : f.intervals()) {
            intervals.add(new PredictionInterval(pi.level(), apply(pi.lower(), at, origin, applicable),
                    apply(pi.upper(), at, origin, applicable)));
        }
        String method = applicable.isEmpty() ? f.method() : f.method() + " + " + scenario.name();
        return new Forecast(method, mean, intervals);
    }

    private static double[] apply(double[] values, Instant[] at, Instant origin, List<DemandAdjustment> adjustments) {
        double[] out = values.clone();
        for (int h = 0; h < out.length; h++) {
            for (DemandAdjustment a : adjustments) {
                out[h] = a.apply(out[h], at[h], origin);
            }
        }
        return out;
    }
}
