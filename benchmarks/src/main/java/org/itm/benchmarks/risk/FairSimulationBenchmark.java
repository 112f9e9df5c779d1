package org.itm.benchmarks.risk;

import java.util.concurrent.TimeUnit;
import org.itm.risk.fair.Estimate;
import org.itm.risk.fair.FairSimulator;
import org.itm.risk.fair.LossDistribution;
import org.itm.risk.fair.LossEventFrequency;
import org.itm.risk.fair.LossMagnitude;
import org.itm.risk.fair.LossScenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Claim (issue 4, §2): one million Monte Carlo iterations of one FAIR scenario in under 200 ms on one core.
 * Scenario: LEF = TEF PERT(1, 4, 12) × vulnerability PERT(0.1, 0.3, 0.5) (≈ 1.45 events/year), primary loss
 * PERT(10k, 30k, 110k), 20 % secondary loss PERT(50k, 150k, 700k).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FairSimulationBenchmark {

    private final LossScenario scenario = new LossScenario("ransomware",
            LossEventFrequency.ofThreat(Estimate.pert(1, 4, 12), Estimate.pert(0.1, 0.3, 0.5)),
            new LossMagnitude(Estimate.pert(10_000, 30_000, 110_000), 0.2, Estimate.pert(50_000, 150_000, 700_000)));

    private final FairSimulator simulator = FairSimulator.create(1_000_000, 42);

    /** Simulation into a distribution (sample kept, mean and deviation computed). */
    @Benchmark
    public LossDistribution millionIterations() {
        return simulator.simulate(scenario);
    }

    /** Simulation plus the 95 % value at risk (includes sorting the million-year sample). */
    @Benchmark
    public double millionIterationsWithValueAtRisk() {
        return simulator.simulate(scenario).valueAtRisk(0.95);
    }

    /** The simulation alone (expected loss, no sample kept). */
    @Benchmark
    public double millionIterationsExpectedLoss() {
        return simulator.totalLoss(scenario);
    }
}
