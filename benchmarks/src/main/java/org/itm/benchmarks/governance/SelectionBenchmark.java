package org.itm.benchmarks.governance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.YearQuarter;
import org.itm.governance.selection.Candidate;
import org.itm.governance.selection.SelectionProblem;
import org.itm.governance.selection.SelectionResult;
import org.itm.governance.selection.Selector;
import org.itm.governance.portfolio.TeamQuarter;
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
 * cost (a prioritisation score); three seeds.
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
        problem = generate(candidates, seed);
    }

    @Benchmark
    public SelectionResult selectExact() {
        SelectionResult r = Selector.exact().select(problem);
        if (r.status() != SelectionResult.Status.OPTIMAL) {
            throw new IllegalStateException("not proven optimal: " + r.status());
        }
        return r;
    }

    static SelectionProblem generate(int n, long seed) {
        Random rnd = new Random(seed);
        SelectionProblem.Builder b = SelectionProblem.builder("EUR");
        YearQuarter start = YearQuarter.of(2027, 1);
        long[] totals = new long[3];
        for (int i = 0; i < n; i++) {
            Map<Integer, BigDecimal> cost = new HashMap<>();
            int first = rnd.nextInt(3);
            int years = 1 + rnd.nextInt(2);
            long size = 50_000L + rnd.nextInt(950_000);
            for (int y = first; y < Math.min(3, first + years); y++) {
                long c = size / years + rnd.nextInt(20_000);
                cost.put(2027 + y, BigDecimal.valueOf(c));
                totals[y] += c;
            }
            Map<TeamQuarter, Double> demand = new HashMap<>();
            String team = "team" + rnd.nextInt(4);
            int q0 = first * 4 + rnd.nextInt(4);
            for (int q = q0; q < Math.min(12, q0 + 1 + rnd.nextInt(4)); q++) {
                demand.put(new TeamQuarter(team, start.plus(q)), 0.5 * (1 + rnd.nextInt(6)));
            }
            Set<InitiativeId> req = new HashSet<>();
            if (i > 5 && rnd.nextInt(10) == 0) {
                req.add(InitiativeId.of("I" + rnd.nextInt(i)));
            }
            Set<InitiativeId> ex = new HashSet<>();
            if (i > 5 && rnd.nextInt(20) == 0) {
                InitiativeId o = InitiativeId.of("I" + rnd.nextInt(i));
                if (!req.contains(o)) {
                    ex.add(o);
                }
            }
            double value = 1 + 99 * rnd.nextDouble();
            b.candidate(new Candidate(InitiativeId.of("I" + i), Math.round(value * 100) / 100.0, cost, demand,
                    rnd.nextInt(60), req, ex));
        }
        for (int y = 0; y < 3; y++) {
            b.budget(2027 + y, BigDecimal.valueOf(totals[y] * 40 / 100));
        }
        for (int t = 0; t < 4; t++) {
            b.capacity("team" + t, start, start.plus(11), 40);
        }
        b.riskCap(n * 12);
        return b.build();
    }
}
