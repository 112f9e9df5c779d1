package org.itm.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class FairProperties {

    @Property(tries = 30)
    void simulationIsDeterministicForASeed(@ForAll long seed, @ForAll @DoubleRange(min = 0.01, max = 20) double rate) {
        LossScenario s = new LossScenario("s", LossEventFrequency.direct(Estimate.pert(0, rate, rate * 2)),
                LossMagnitude.primaryOnly(Estimate.lognormal(10, 1000)));
        assertThat(FairSimulator.create(2_000, seed).simulate(s).sortedSample())
                .isEqualTo(FairSimulator.create(2_000, seed).simulate(s).sortedSample());
    }

    @Property(tries = 50)
    void pertSamplesStayWithinTheirRange(@ForAll long seed, @ForAll @DoubleRange(min = 0, max = 100) double min,
                                         @ForAll @DoubleRange(min = 0.01, max = 1) double modeShare,
                                         @ForAll @DoubleRange(min = 0.1, max = 1000) double width,
                                         @ForAll @DoubleRange(min = 0.5, max = 8) double gamma) {
        PertEstimate p = Estimate.pert(min, min + modeShare * width, min + width, gamma);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        for (int i = 0; i < 200; i++) {
            assertThat(p.sample(rng)).isBetween(p.min(), p.max());
        }
    }

    @Property(tries = 30)
    void exceedanceCurveFallsFromTheShareOfLossyYearsToZero(@ForAll long seed) {
        LossScenario s = new LossScenario("s", LossEventFrequency.ofThreat(Estimate.pert(0.5, 2, 5), Estimate.pert(0.1, 0.2, 0.6)),
                LossMagnitude.primaryOnly(Estimate.pert(1, 10, 100)));
        LossDistribution d = FairSimulator.create(3_000, seed).simulate(s);
        var curve = d.exceedanceCurve(20);
        assertThat(curve.get(0).probability()).isEqualTo(d.probabilityOfExceeding(0));
        assertThat(curve.get(curve.size() - 1).probability()).isZero();
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).probability()).isLessThanOrEqualTo(curve.get(i - 1).probability());
        }
    }

    @Property(tries = 5)
    void radixSortAgreesWithArraysSort(@ForAll long seed) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        double[] values = new double[60_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (i % 4) {
                case 0 -> rng.nextGaussian() * 1e6;
                case 1 -> -rng.nextDouble();
                case 2 -> rng.nextInt(5);
                default -> i % 8 == 3 ? -0.0 : Double.MAX_VALUE * rng.nextDouble();
            };
        }
        double[] expected = values.clone();
        java.util.Arrays.sort(expected);
        org.itm.risk.fair.internal.DoubleSort.sort(values);
        assertThat(values).isEqualTo(expected);
    }
}
