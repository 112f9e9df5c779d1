package org.itm.risk.fair;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.itm.core.validation.Checks;
import org.itm.risk.fair.internal.Samplers;
import org.itm.risk.fair.internal.Samplers.Sampler;
import org.itm.risk.fair.internal.Variates;

/**
 * Monte Carlo simulation of FAIR scenarios. Each simulated year draws a loss event rate, a Poisson number of loss
 * events at that rate, and a loss magnitude per event; the year's loss is their sum.
 *
 * <p>Deterministic: the same seed, iterations and scenarios give bit-identical results. In a portfolio, scenario
 * {@code i} uses its own stream split from the seed, so adding a scenario does not change the others' draws.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FairSimulator {

    private final int iterations;
    private final long seed;

    private FairSimulator(int iterations, long seed) {
        this.iterations = iterations;
        this.seed = seed;
    }

    /**
     * @param iterations how many years to simulate per scenario, ≥ 1; more years give steadier tail
     *                   percentiles, and the run time and the memory of each distribution grow linearly with it
     * @param seed       the random seed; the same seed gives the same results
     * @return the simulator
     * @throws org.itm.core.ItmValidationException naming {@code iterations} when not positive
     */
    public static FairSimulator create(int iterations, long seed) {
        Checks.positive(iterations, "iterations");
        return new FairSimulator(iterations, seed);
    }

    /** @return the number of simulated years per scenario */
    public int iterations() {
        return iterations;
    }

    /** @return the random seed */
    public long seed() {
        return seed;
    }

    /**
     * @param scenario the scenario
     * @return its distribution of annual loss over {@link #iterations()} simulated years, in the unit of its
     *         magnitudes
     * @throws org.itm.core.ItmValidationException naming {@code scenario} when null
     */
    public LossDistribution simulate(LossScenario scenario) {
        Checks.notNull(scenario, "scenario");
        return LossDistribution.of(annualLosses(scenario, streamFor(0)));
    }

    /**
     * Each scenario's distribution and the portfolio total, summed year by year (so the total's percentiles are
     * not the sum of the parts' percentiles).
     *
     * @param portfolio the scenarios, each name once
     * @return the distributions by scenario name, in the given order, and of the total
     * @throws org.itm.core.ItmValidationException naming {@code portfolio} when empty, {@code portfolio[i]} when
     *                                             null or {@code portfolio[i].name} when a name repeats
     */
    public PortfolioResult simulate(List<LossScenario> portfolio) {
        Checks.notEmpty(portfolio, "portfolio");
        Map<String, LossDistribution> parts = new LinkedHashMap<>();
        double[] total = new double[iterations];
        for (int s = 0; s < portfolio.size(); s++) {
            LossScenario scenario = Checks.notNull(portfolio.get(s), "portfolio[" + s + "]");
            Checks.require(!parts.containsKey(scenario.name()), "portfolio[" + s + "].name",
                    "duplicates '" + scenario.name() + "'");
            double[] losses = annualLosses(scenario, streamFor(s));
            for (int i = 0; i < iterations; i++) {
                total[i] += losses[i];
            }
            parts.put(scenario.name(), LossDistribution.of(losses));
        }
        return new PortfolioResult(parts, LossDistribution.of(total));
    }

    /**
     * Return on a control: simulates the scenario without and with the control (same seed, so the comparison is
     * paired) and relates the drop in mean annual loss to the control's yearly cost.
     *
     * @param without    the scenario as it is
     * @param with       the same scenario with the control in place
     * @param annualCost the control's yearly cost, &gt; 0, in {@code currency}
     * @param currency   the currency of the scenarios' magnitudes and of the cost
     * @return the effect, as {@link ControlEffect#of}
     * @throws org.itm.core.ItmValidationException naming {@code without} or {@code with} when null, or as
     *                                             {@link ControlEffect#of}
     */
    public ControlEffect returnOnControl(LossScenario without, LossScenario with, BigDecimal annualCost, Currency currency) {
        Checks.notNull(without, "without");
        Checks.notNull(with, "with");
        return ControlEffect.of(currency, simulate(without).mean(), simulate(with).mean(), annualCost);
    }

    /**
     * The total simulated loss of {@code scenario} over all iterations, without keeping the sample; the same
     * years as {@link #simulate(LossScenario)}, so it equals that distribution's mean times {@link #iterations()}
     * up to rounding.
     *
     * @param scenario the scenario
     * @return the sum of all simulated annual losses
     * @throws org.itm.core.ItmValidationException naming {@code scenario} when null
     */
    public double totalLoss(LossScenario scenario) {
        Checks.notNull(scenario, "scenario");
        RandomGenerator rng = streamFor(0);
        Compiled compiled = new Compiled(scenario);
        double sum = 0;
        for (int i = 0; i < iterations; i++) {
            sum += compiled.oneYear(rng);
        }
        return sum;
    }

    private double[] annualLosses(LossScenario scenario, RandomGenerator rng) {
        Compiled compiled = new Compiled(scenario);
        double[] losses = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            losses[i] = compiled.oneYear(rng);
        }
        return losses;
    }

    /** A scenario with every sampler's constants computed once. */
    private static final class Compiled {
        private final Sampler rate;
        private final Sampler vulnerability;
        private final boolean derived;
        private final Sampler primary;
        private final double secondaryProbability;
        private final Sampler secondary;

        Compiled(LossScenario s) {
            LossEventFrequency f = s.frequency();
            this.derived = f.direct().isEmpty();
            this.rate = sampler(derived ? f.threatEvents().orElseThrow() : f.direct().orElseThrow());
            this.vulnerability = derived ? sampler(f.vulnerability().orElseThrow()) : Samplers.constant(1);
            this.primary = sampler(s.magnitude().primary());
            this.secondaryProbability = s.magnitude().secondaryProbability();
            this.secondary = sampler(s.magnitude().secondary());
        }

        double oneYear(RandomGenerator rng) {
            double lambda = rate.sample(rng);
            if (derived) {
                lambda *= Math.min(1, vulnerability.sample(rng));
            }
            long events = Variates.poisson(rng, lambda);
            double loss = 0;
            for (long e = 0; e < events; e++) {
                loss += primary.sample(rng);
                if (secondaryProbability > 0 && rng.nextDouble() < secondaryProbability) {
                    loss += secondary.sample(rng);
                }
            }
            return loss;
        }

        private static Sampler sampler(Estimate e) {
            if (e instanceof PertEstimate p) {
                return Samplers.scaledBeta(p.min(), p.max(), p.alpha(), p.beta());
            }
            if (e instanceof LognormalEstimate l) {
                return Samplers.lognormal(l.mu(), l.sigma());
            }
            return Samplers.constant(((ConstantEstimate) e).value());
        }
    }

    private SplittableRandom streamFor(int index) {
        // a distinct, reproducible stream per scenario position
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1)));
    }
}
