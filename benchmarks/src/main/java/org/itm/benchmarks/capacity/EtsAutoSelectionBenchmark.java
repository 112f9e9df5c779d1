package org.itm.benchmarks.capacity;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.itm.capacity.forecast.Ets;
import org.itm.capacity.forecast.EtsSelection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Claim (issue 3, §3.4): fitting one monthly series of 500 points with automatic ETS selection takes under 50 ms.
 * The series has a trend, multiplicative yearly seasonality and noise, so every one of the 15 candidate models
 * is fitted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EtsAutoSelectionBenchmark {

    private double[] monthly;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        monthly = new double[500];
        for (int t = 0; t < monthly.length; t++) {
            double level = 200 + 0.8 * t;
            monthly[t] = level * (1 + 0.15 * Math.sin(2 * Math.PI * t / 12)) + 5 * random.nextGaussian();
        }
    }

    @Benchmark
    public EtsSelection autoEtsOn500MonthlyPoints() {
        return Ets.auto(monthly, 12);
    }
}
