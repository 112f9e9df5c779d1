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
import org.itm.capacity.series.TimeSeries;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * Applies what-if scenarios to baseline forecasts and compares them side by side.
 *
 * <p>Costs are {@code BigDecimal} in one currency: capacity units times price, rounded half-up to the
 * currency's minor unit (2 digits for EUR). Removed capacity counts as a saving (negative cost); capacity still
 * needed is what keeps the point forecast at or below the critical threshold of the capacity installed at each
 * step. Dated capacity changes count from their effective instant, both for exhaustion and for what is needed.
 *
 * @since 0.1
 */
public final class ScenarioPlanner {

    private final ExhaustionAnalyzer analyzer;

    private ScenarioPlanner(ExhaustionAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * A planner.
     *
     * @param analyzer dates exhaustion under each scenario, e.g. {@link ExhaustionAnalyzer#create}
     * @return a planner, safe to share between threads
     * @throws ItmValidationException if {@code analyzer} is null
     */
    public static ScenarioPlanner create(ExhaustionAnalyzer analyzer) {
        return new ScenarioPlanner(Checks.notNull(analyzer, "analyzer"));
    }

    /**
     * Evaluates every scenario over every plan: adjusts each baseline forecast, applies the capacity changes at
     * their effective instants, dates exhaustion, and prices the changes plus the capacity still needed.
     *
     * @param plans     one per resource, at least one
     * @param scenarios the scenarios to compare, at least one; include {@link Scenario#baseline()} to compare with
     *                  doing nothing
     * @param currency  the currency of every price and cost
     * @return one outcome per scenario, in the order given
     * @throws ItmValidationException if a list is empty or {@code currency} is null, a capacity change names a
     *         resource without a plan ({@code scenarios[i].capacityChanges}), a change would leave a resource with
     *         no capacity, or a usage history is empty or not regular
     */
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
        List<CapacityChange> changes = scenario.capacityChanges().stream()
                .filter(c -> c.resourceId().equals(r.id())).toList();
        double delta = changes.stream().mapToDouble(CapacityChange::delta).sum();
        Forecast adjusted = adjust(plan, scenario);
        double[] mean = adjusted.mean();
        double[] capacityAt = new double[mean.length + 1];
        Instant[] at = new Instant[mean.length + 1];
        at[0] = plan.usage().last().orElseThrow().at();
        for (int h = 0; h <= mean.length; h++) {
            if (h > 0) {
                at[h] = plan.usage().instantAfterLast(h);
            }
            final Instant t = at[h];
            capacityAt[h] = r.capacity() + changes.stream().filter(c -> c.inEffectAt(t))
                    .mapToDouble(CapacityChange::delta).sum();
            if (!(capacityAt[h] > 0)) {
                throw new ItmValidationException("scenario." + scenario.name() + ".capacityChanges",
                        "would leave " + r.id() + " with no capacity (" + capacityAt[h] + ") at " + t);
            }
        }
        // usage rescaled to the original capacity, so that crossing the threshold of the original resource means
        // crossing it against the capacity installed at that time
        Forecast rescaled = rescale(adjusted, r.capacity(), capacityAt);
        TimeSeries usage = plan.usage();
        double scale0 = r.capacity() / capacityAt[0];
        ExhaustionReport report = analyzer.analyze(r, usage.map(v -> v * scale0, usage.unit()), rescaled);
        Crossing critical = report.critical();
        double current = usage.last().orElseThrow().value();
        double peak = current;
        double needed = Math.max(0, current / r.criticalThreshold() - capacityAt[0]);
        for (int h = 0; h < mean.length; h++) {
            peak = Math.max(peak, mean[h]);
            needed = Math.max(needed, mean[h] / r.criticalThreshold() - capacityAt[h + 1]);
        }
        int digits = currency.getDefaultFractionDigits();
        BigDecimal cost = plan.pricePerUnit().multiply(BigDecimal.valueOf(delta + needed))
                .setScale(digits, RoundingMode.HALF_UP);
        return new ResourceOutcome(r.id(), r.capacity() + delta, peak, critical.expected(), needed, cost);
    }

    private static Forecast rescale(Forecast f, double base, double[] capacityAt) {
        double[] mean = f.mean();
        for (int h = 0; h < mean.length; h++) {
            mean[h] *= base / capacityAt[h + 1];
        }
        List<PredictionInterval> intervals = new ArrayList<>();
        for (PredictionInterval pi : f.intervals()) {
            double[] lo = pi.lower();
            double[] hi = pi.upper();
            for (int h = 0; h < lo.length; h++) {
                lo[h] *= base / capacityAt[h + 1];
                hi[h] *= base / capacityAt[h + 1];
            }
            intervals.add(new PredictionInterval(pi.level(), lo, hi));
        }
        return new Forecast(f.method(), mean, intervals);
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
