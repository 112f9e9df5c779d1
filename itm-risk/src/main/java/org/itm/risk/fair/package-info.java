/**
 * Open FAIR quantitative risk analysis, to put a risk in money per year and compare controls by their return:
 * calibrated estimates ({@link org.itm.risk.fair.Estimate}: PERT, lognormal from a 90 % interval, constant), loss
 * event frequency ({@link org.itm.risk.fair.LossEventFrequency}, direct or threat events × vulnerability) and loss
 * magnitude ({@link org.itm.risk.fair.LossMagnitude}, primary plus optional secondary), combined in a
 * {@link org.itm.risk.fair.LossScenario}.
 *
 * <p>Start with {@link org.itm.risk.fair.FairSimulator#create FairSimulator.create(iterations, seed)}: a seedable
 * Monte Carlo whose {@link org.itm.risk.fair.LossDistribution} gives the mean, percentiles (as percentages, e.g.
 * 95), value at risk (as fractions, e.g. 0.95), the loss exceedance curve, portfolio aggregation
 * ({@link org.itm.risk.fair.PortfolioResult}) and the return on a control ({@link org.itm.risk.fair.ControlEffect}).
 * Amounts are in the unit the magnitudes are estimated in; only {@code ControlEffect} attaches a currency. The same
 * seed gives the same figures. Bad input throws {@link org.itm.core.ItmValidationException} naming the field.
 *
 * <pre>{@code
 * import java.math.BigDecimal;
 *
 * LossScenario breach = new LossScenario("customer-data-breach",
 *         LossEventFrequency.ofThreat(Estimate.pert(2, 6, 12),          // attacks per year: min, likely, max
 *                 Estimate.pert(0.05, 0.1, 0.3)),                       // share that succeed
 *         new LossMagnitude(Estimate.lognormal(50_000, 800_000),        // 90 % interval of the primary loss
 *                 0.3, Estimate.pert(100_000, 250_000, 2_000_000)));    // 30 % bring fines and claims
 * double analytic = breach.expectedAnnualLoss();                        // ≈ 348 557
 *
 * FairSimulator simulator = FairSimulator.create(10_000, 42L);
 * LossDistribution losses = simulator.simulate(breach);
 * double mean = losses.mean();                                          // ≈ 345 936
 * double median = losses.percentile(50);                                // ≈ 50 635
 * double var95 = losses.valueAtRisk(0.95);                              // ≈ 1 509 200
 * double overOneMillion = losses.probabilityOfExceeding(1_000_000);     // 0.1192
 *
 * LossScenario withMfa = breach.withFrequency(LossEventFrequency.ofThreat(Estimate.pert(2, 6, 12),
 *         Estimate.pert(0.01, 0.03, 0.1)));
 * ControlEffect mfa = simulator.returnOnControl(breach, withMfa, new BigDecimal("40000"),
 *         Currency.getInstance("EUR"));
 * // lossBefore 345935.59, lossAfter 104730.09, reduction 241205.50, returnOnControl 5.0301
 * }</pre>
 */
@NullMarked
package org.itm.risk.fair;

import org.jspecify.annotations.NullMarked;
