package org.itm.benchmarks.governance;

import java.util.concurrent.TimeUnit;
import org.itm.governance.selection.SelectionInstances;
import org.itm.governance.selection.SelectionProblem;
import org.itm.governance.selection.SelectionResult;
import org.itm.governance.selection.Selector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Claim: exact budget-constrained selection of 200 candidates in under 2 s. Instances: 3 yearly budgets at 40 % of
 * demand, 4 teams with quarterly capacity, a risk cap, ~10 % dependencies and ~5 % exclusions, value independent of
 * cost (a prioritisation score); three seeds. The instances come from governance's test jar
 * ({@code SelectionInstances}), the same ones its large-instance test solves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SelectionBenchmark {

    @Param({"42", "1", "2"})
    public long seed;

    @Param({"200"})
    public int candidates;

    private SelectionProblem problem;

    @Setup
    public void setUp() {
        problem = SelectionInstances.random(candidates, seed);
    }

    @Benchmark
    public SelectionResult selectExact() {
        SelectionResult r = Selector.exact().select(problem);
        if (r.status() != SelectionResult.Status.OPTIMAL) {
            throw new IllegalStateException("not proven optimal: " + r.status());
        }
        return r;
    }
}
