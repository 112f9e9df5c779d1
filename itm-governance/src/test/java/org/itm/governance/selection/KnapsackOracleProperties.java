package org.itm.governance.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Larger instances than exhaustive search can check (so the selector's core heuristic and reduced-value fixing are
 * exercised): with one budget and no other limits the problem is a 0-1 knapsack, which dynamic programming over
 * whole-euro costs solves exactly.
 */
class KnapsackOracleProperties {

    @Property(tries = 30)
    void matchesDynamicProgrammingOnSingleBudgetInstances(@ForAll @IntRange(min = 41, max = 90) int n, @ForAll long seed) {
        Random rnd = new Random(seed);
        int[] cost = new int[n];
        double[] value = new double[n];
        SelectionProblem.Builder b = SelectionProblem.builder("EUR");
        int total = 0;
        for (int i = 0; i < n; i++) {
            cost[i] = 1 + rnd.nextInt(100);
            value[i] = 1 + rnd.nextInt(100);
            total += cost[i];
            b.candidate(Candidate.of("I" + i, value[i], Map.of(2027, BigDecimal.valueOf(cost[i]))));
        }
        int budget = total * (20 + rnd.nextInt(50)) / 100;
        SelectionResult r = Selector.exact().select(b.budget(2027, BigDecimal.valueOf(budget)).build());

        double[] best = new double[budget + 1];
        for (int i = 0; i < n; i++) {
            for (int c = budget; c >= cost[i]; c--) {
                best[c] = Math.max(best[c], best[c - cost[i]] + value[i]);
            }
        }
        assertThat(r.status()).isEqualTo(SelectionResult.Status.OPTIMAL);
        assertThat(r.totalValue()).isCloseTo(best[budget], within(1e-9));
    }
}
