package org.itm.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.itm.core.ItmValidationException;
import org.itm.risk.fair.internal.Variates;
import org.junit.jupiter.api.Test;

class FairTest {

    @Test
    void pertMeanWithGammaTwoIsTheIssueValue() {
        assertThat(Estimate.pert(5, 20, 50, 2).mean()).isEqualTo(23.75);
        // classic gamma 4: (5 + 80 + 50) / 6
        assertThat(Estimate.pert(5, 20, 50).mean()).isCloseTo(22.5, within(1e-12));
    }

    @Test
    void lognormalFromPercentilesAtOneTenthPerYearExpectsTheIssueAnnualLoss() {
        LossScenario s = new LossScenario("lognormal", LossEventFrequency.direct(Estimate.constant(0.1)),
                LossMagnitude.primaryOnly(Estimate.lognormal(1, 10)));
        assertThat(s.expectedAnnualLoss()).isCloseTo(0.4040, within(0.00005));
    }

    @Test
    void simulatedMeansConvergeToTheAnalyticExpectedLoss() {
        LossScenario s = new LossScenario("lognormal", LossEventFrequency.direct(Estimate.constant(0.1)),
                LossMagnitude.primaryOnly(Estimate.lognormal(1, 10)));
        LossDistribution d = FairSimulator.create(400_000, 7).simulate(s);
        assertThat(d.mean()).isCloseTo(0.4040, within(0.012));
    }

    @Test
    void pertSamplesStayInRangeAndMatchTheMean() {
        PertEstimate pert = Estimate.pert(5, 20, 50, 2);
        SplittableRandom rng = new SplittableRandom(1);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double x = pert.sample(rng);
            assertThat(x).isBetween(5.0, 50.0);
            sum += x;
        }
        assertThat(sum / n).isCloseTo(23.75, within(0.1));
    }

    @Test
    void betaSamplerHasTheRightMeanAndVariance() {
        SplittableRandom rng = new SplittableRandom(3);
        double a = 2.5;
        double b = 0.7;
        int n = 300_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double x = Variates.beta(rng, a, b);
            sum += x;
            squares += x * x;
        }
        double mean = sum / n;
        double variance = squares / n - mean * mean;
        assertThat(mean).isCloseTo(a / (a + b), within(0.003));
        assertThat(variance).isCloseTo(a * b / ((a + b) * (a + b) * (a + b + 1)), within(0.002));
    }

    @Test
    void poissonSamplerMatchesMeanAndVarianceAlsoForLargeMeans() {
        for (double lambda : new double[] {0.1, 3.0, 75.0}) {
            SplittableRandom rng = new SplittableRandom(11);
            int n = 200_000;
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                long k = Variates.poisson(rng, lambda);
                sum += k;
                squares += (double) k * k;
            }
            double mean = sum / n;
            assertThat(mean).as("mean for %s", lambda).isCloseTo(lambda, within(0.02 * lambda + 0.005));
            assertThat(squares / n - mean * mean).as("variance for %s", lambda)
                    .isCloseTo(lambda, within(0.04 * lambda + 0.01));
        }
    }

    @Test
    void lognormalPercentilesAreReproducedBySampling() {
        LognormalEstimate ln = Estimate.lognormal(1, 10);
        SplittableRandom rng = new SplittableRandom(5);
        double[] sample = new double[200_000];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = ln.sample(rng);
        }
        LossDistribution d = LossDistribution.of(sample);
        assertThat(d.percentile(5)).isCloseTo(1.0, within(0.03));
        assertThat(d.percentile(95)).isCloseTo(10.0, within(0.3));
        assertThat(ln.median()).isCloseTo(Math.sqrt(10), within(1e-12));
    }

    @Test
    void sameSeedGivesIdenticalResultsAndAnotherSeedDoesNot() {
        LossScenario s = ransomware();
        double[] a = FairSimulator.create(10_000, 42).simulate(s).sortedSample();
        double[] b = FairSimulator.create(10_000, 42).simulate(s).sortedSample();
        double[] c = FairSimulator.create(10_000, 43).simulate(s).sortedSample();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void threatTimesVulnerabilityFrequencyAndSecondaryLossEnterTheExpectedLoss() {
        LossScenario s = ransomware();
        // LEF = PERT(1,4,12) mean 4.8333 × PERT(0.1,0.3,0.5) mean 0.3 = 1.45; LM = 40,000 mean + 0.2 × 200,000
        double lef = (1 + 16 + 12) / 6.0 * 0.3;
        double lm = (10_000 + 4 * 30_000 + 110_000) / 6.0 + 0.2 * (50_000 + 4 * 150_000 + 700_000) / 6.0;
        assertThat(s.expectedAnnualLoss()).isCloseTo(lef * lm, within(1e-6));
        LossDistribution d = FairSimulator.create(200_000, 1).simulate(s);
        assertThat(d.mean()).isCloseTo(lef * lm, within(lef * lm * 0.02));
    }

    @Test
    void valueAtRiskTakesItsConfidenceAsAFractionAndNamesAPercentage() {
        LossDistribution d = LossDistribution.of(new double[] {0, 10, 20, 30, 40});
        assertThatThrownBy(() -> d.valueAtRisk(95)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("confidence").hasMessageContaining("looks like a percentage");
        assertThatThrownBy(() -> d.percentile(0.95 - 1)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("p");
    }

    @Test
    void distributionStatisticsAndExceedanceCurve() {
        LossDistribution d = LossDistribution.of(new double[] {0, 0, 0, 0, 0, 10, 20, 30, 40, 100});
        assertThat(d.mean()).isEqualTo(20.0);
        assertThat(d.percentile(50)).isEqualTo(0.0);
        assertThat(d.percentile(90)).isEqualTo(40.0);
        assertThat(d.valueAtRisk(0.95)).isEqualTo(100.0);
        assertThat(d.probabilityOfExceeding(0)).isEqualTo(0.5);
        assertThat(d.probabilityOfExceeding(35)).isEqualTo(0.2);
        List<ExceedancePoint> curve = d.exceedanceCurve(11);
        assertThat(curve).hasSize(11);
        assertThat(curve.get(0)).isEqualTo(new ExceedancePoint(0, 0.5));
        assertThat(curve.get(10)).isEqualTo(new ExceedancePoint(100, 0));
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).probability()).isLessThanOrEqualTo(curve.get(i - 1).probability());
        }
    }

    @Test
    void portfolioTotalIsTheYearBySumOfItsScenarios() {
        LossScenario a = ransomware();
        LossScenario b = new LossScenario("outage", LossEventFrequency.direct(Estimate.pert(0.5, 2, 6)),
                LossMagnitude.primaryOnly(Estimate.lognormal(5_000, 80_000)));
        PortfolioResult r = FairSimulator.create(20_000, 9).simulate(List.of(a, b));
        assertThat(r.byScenario()).containsOnlyKeys("ransomware", "outage");
        double sumOfMeans = r.byScenario().values().stream().mapToDouble(LossDistribution::mean).sum();
        assertThat(r.total().mean()).isCloseTo(sumOfMeans, within(sumOfMeans * 1e-9));
        assertThat(r.total().percentile(99)).isLessThanOrEqualTo(
                r.byScenario().get("ransomware").percentile(99) + r.byScenario().get("outage").percentile(99));
        // the first scenario's draws do not depend on the rest of the portfolio
        assertThat(r.byScenario().get("ransomware").sortedSample())
                .isEqualTo(FairSimulator.create(20_000, 9).simulate(a).sortedSample());
    }

    @Test
    void returnOnControlComparesExpectedLossesWithTheCost() {
        LossScenario without = ransomware();
        LossScenario with = without.withFrequency(LossEventFrequency.ofThreat(Estimate.pert(1, 4, 12),
                Estimate.pert(0.02, 0.05, 0.1)));
        ControlEffect effect = FairSimulator.create(50_000, 3)
                .returnOnControl(without, with, new BigDecimal("20000"), Currency.getInstance("EUR"));
        assertThat(effect.reduction()).isEqualTo(effect.lossBefore().subtract(effect.lossAfter()));
        assertThat(effect.reduction().signum()).isPositive();
        assertThat(effect.returnOnControl()).isEqualTo(effect.reduction().subtract(effect.annualCost())
                .divide(effect.annualCost(), 4, java.math.RoundingMode.HALF_EVEN));
        assertThat(effect.lossBefore().scale()).isEqualTo(2);
    }

    @Test
    void invalidEstimatesAreRejectedNamingTheField() {
        assertThatThrownBy(() -> Estimate.pert(10, 5, 20)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("mostLikely");
        assertThatThrownBy(() -> Estimate.pert(10, 10, 10)).hasMessageContaining("max");
        assertThatThrownBy(() -> Estimate.pert(1, 2, 3, 0)).hasMessageContaining("gamma");
        assertThatThrownBy(() -> Estimate.lognormal(10, 1)).hasMessageContaining("p95");
        assertThatThrownBy(() -> LossEventFrequency.ofThreat(Estimate.constant(5), Estimate.pert(0.1, 0.5, 2)))
                .hasMessageContaining("vulnerability");
        assertThatThrownBy(() -> FairSimulator.create(0, 1)).hasMessageContaining("iterations");
    }

    static LossScenario ransomware() {
        return new LossScenario("ransomware",
                LossEventFrequency.ofThreat(Estimate.pert(1, 4, 12), Estimate.pert(0.1, 0.3, 0.5)),
                new LossMagnitude(Estimate.pert(10_000, 30_000, 110_000), 0.2,
                        Estimate.pert(50_000, 150_000, 700_000)));
    }

    @Test
    void exceedanceCurveEndsAtZeroEvenWhenTheMaximumDoesNotDivideEvenly() {
        // 30.011746787293074 * 19 / 19 rounds below itself in binary floating point
        LossDistribution d = LossDistribution.of(new double[] {0, 5, 30.011746787293074});
        var curve = d.exceedanceCurve(20);
        org.assertj.core.api.Assertions.assertThat(curve.get(19).loss()).isEqualTo(30.011746787293074);
        org.assertj.core.api.Assertions.assertThat(curve.get(19).probability()).isZero();
    }
}
