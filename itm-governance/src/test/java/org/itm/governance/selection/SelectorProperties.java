package org.itm.governance.selection;

import org.itm.governance.portfolio.TeamQuarter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.YearQuarter;

/** The branch and bound must agree with exhaustive enumeration of every subset. */
class SelectorProperties {

    private static final YearQuarter Q1 = YearQuarter.of(2027, 1);
    private static final YearQuarter Q2 = YearQuarter.of(2027, 2);

    @Property(tries = 100)
    void branchAndBoundFindsTheExhaustiveOptimum(@ForAll @IntRange(min = 1, max = 20) int n, @ForAll long seed) {
        Random rnd = new Random(seed);
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<Integer, BigDecimal> cost = new HashMap<>();
            cost.put(2027, BigDecimal.valueOf(rnd.nextInt(100)));
            if (rnd.nextBoolean()) {
                cost.put(2028, BigDecimal.valueOf(rnd.nextInt(100)));
            }
            Map<TeamQuarter, Double> demand = new HashMap<>();
            if (rnd.nextInt(3) == 0) {
                demand.put(new TeamQuarter("t" + rnd.nextInt(2), rnd.nextBoolean() ? Q1 : Q2), 0.25 * (1 + rnd.nextInt(8)));
            }
            Set<InitiativeId> req = new HashSet<>();
            if (i > 0 && rnd.nextInt(4) == 0) {
                req.add(id(rnd.nextInt(i)));
            }
            Set<InitiativeId> ex = new HashSet<>();
            if (i > 0 && rnd.nextInt(5) == 0) {
                InitiativeId other = id(rnd.nextInt(i));
                if (!req.contains(other)) {
                    ex.add(other);
                }
            }
            cands.add(new Candidate(id(i), rnd.nextInt(50), cost, demand, rnd.nextInt(20), req, ex));
        }
        SelectionProblem.Builder b = SelectionProblem.builder("EUR").candidates(cands)
                .budget(2027, BigDecimal.valueOf(n * 25L + rnd.nextInt(100)))
                .budget(2028, BigDecimal.valueOf(n * 15L + rnd.nextInt(100)))
                .capacity("t0", Q1, Q2, 1 + rnd.nextInt(3))
                .capacity("t1", Q1, Q2, 1 + rnd.nextInt(3));
        if (rnd.nextBoolean()) {
            b.riskCap(n * 4 + rnd.nextInt(20));
        }
        if (rnd.nextInt(3) == 0) {
            b.mandatory(id(rnd.nextInt(n)));
        }
        SelectionProblem p = b.build();

        double exhaustive = exhaustiveOptimum(p);
        SelectionResult r = Selector.exact().select(p);
        if (exhaustive < 0) {
            assertThat(r.status()).isEqualTo(SelectionResult.Status.INFEASIBLE);
            assertThat(r.infeasibility()).isNotEmpty();
        } else {
            assertThat(r.status()).isEqualTo(SelectionResult.Status.OPTIMAL);
            assertThat(r.totalValue()).isCloseTo(exhaustive, within(1e-9));
            assertThat(feasible(p, Set.copyOf(r.selected()))).isTrue();
        }
    }

    private static InitiativeId id(int i) {
        return InitiativeId.of("I" + i);
    }

    /** Best value over all subsets, or -1 when none is feasible. */
    static double exhaustiveOptimum(SelectionProblem p) {
        List<Candidate> cs = p.candidates();
        int n = cs.size();
        double best = -1;
        for (long mask = 0; mask < (1L << n); mask++) {
            Set<InitiativeId> s = new HashSet<>();
            double v = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1L << i)) != 0) {
                    s.add(cs.get(i).id());
                    v += cs.get(i).value();
                }
            }
            if (v > best && feasible(p, s)) {
                best = v;
            }
        }
        return best;
    }

    /** Checks every constraint directly; the generated numbers are exact in binary, so double sums are exact. */
    static boolean feasible(SelectionProblem p, Set<InitiativeId> s) {
        if (!s.containsAll(p.mandatory())) {
            return false;
        }
        Map<Integer, BigDecimal> spend = new HashMap<>();
        Map<TeamQuarter, Double> load = new HashMap<>();
        double risk = 0;
        for (Candidate c : p.candidates()) {
            if (!s.contains(c.id())) {
                continue;
            }
            if (!s.containsAll(c.requires())) {
                return false;
            }
            for (InitiativeId e : c.excludes()) {
                if (s.contains(e)) {
                    return false;
                }
            }
            c.costByYear().forEach((y, a) -> spend.merge(y, a, BigDecimal::add));
            c.demand().forEach((tq, f) -> load.merge(tq, f, Double::sum));
            risk += c.risk();
        }
        for (var e : p.budgets().entrySet()) {
            if (spend.getOrDefault(e.getKey(), BigDecimal.ZERO).compareTo(e.getValue()) > 0) {
                return false;
            }
        }
        for (var e : p.capacity().entrySet()) {
            if (load.getOrDefault(e.getKey(), 0.0) > e.getValue()) {
                return false;
            }
        }
        return p.riskCap().isEmpty() || risk <= p.riskCap().getAsDouble();
    }
}
