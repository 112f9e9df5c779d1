package org.itm.governance.selection;

import org.itm.governance.portfolio.TeamQuarter;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.YearQuarter;
import org.junit.jupiter.api.Test;

class LargeInstanceTest {

    /** 200 candidates over 3 years and 4 teams; value loosely correlated with cost, as in real portfolios. */
    static SelectionProblem generate(int n, long seed) {
        return generate(n, seed, 40, 40, false);
    }

    static SelectionProblem generate(int n, long seed, double fte, int budgetPercent, boolean correlated) {
        Random rnd = new Random(seed);
        SelectionProblem.Builder b = SelectionProblem.builder("EUR");
        YearQuarter start = YearQuarter.of(2027, 1);
        long[] totals = new long[3];
        for (int i = 0; i < n; i++) {
            Map<Integer, BigDecimal> cost = new HashMap<>();
            int first = rnd.nextInt(3);
            int years = 1 + rnd.nextInt(2);
            long size = 50_000 + rnd.nextInt(950_000);
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
            double value = correlated ? size / 10_000.0 * (0.6 + 0.8 * rnd.nextDouble()) : 1 + 99 * rnd.nextDouble();
            b.candidate(new Candidate(InitiativeId.of("I" + i), Math.round(value * 100) / 100.0, cost, demand,
                    rnd.nextInt(60), req, ex));
        }
        for (int y = 0; y < 3; y++) {
            b.budget(2027 + y, BigDecimal.valueOf(totals[y] * budgetPercent / 100));
        }
        for (int t = 0; t < 4; t++) {
            b.capacity("team" + t, start, start.plus(11), fte);
        }
        b.riskCap(n * 12);
        return b.build();
    }

    @Test
    void twoHundredCandidatesAreSolvedToProvenOptimality() {
        SelectionProblem p = generate(200, 42);
        SelectionResult r = org.assertj.core.api.Assertions.assertThat(
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Selector.exact().select(p)))
                .actual();
        assertThat(r.status()).isEqualTo(SelectionResult.Status.OPTIMAL);
        assertThat(SelectorProperties.feasible(p, Set.copyOf(r.selected()))).isTrue();
    }
}
