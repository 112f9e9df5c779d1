package org.itm.governance.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.itm.core.validation.Checks;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.core.money.Money;

/**
 * The efficient frontier: the best value reachable at each budget level (every year's budget scaled by the same
 * factor), and at each step which initiatives come in or drop out — the marginal initiatives — with the value and
 * spend they add.
 */
public record Frontier(List<Point> points) {

    public Frontier {
        points = List.copyOf(points);
    }

    /** One budget level of the frontier. */
    public record Point(BigDecimal budgetFactor, SelectionResult result, List<InitiativeId> added,
                        List<InitiativeId> removed, double marginalValue, BigDecimal marginalSpend) {

        public Point {
            Checks.notNull(budgetFactor, "budgetFactor");
            Checks.notNull(result, "result");
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            Checks.notNull(marginalSpend, "marginalSpend");
        }

        /** e.g. {@code 80% of budget: value 412.0 (+37.5 for +120000.00 spend): +INI-7 -INI-3}. */
        public String explain() {
            String pct = budgetFactor.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "% of budget";
            if (!result.feasible()) {
                return pct + ": infeasible (" + String.join("; ", result.infeasibility()) + ")";
            }
            return pct + String.format(Locale.ROOT, ": value %.3f (%+.3f for %s spend)", result.totalValue(), marginalValue,
                    marginalSpend.toPlainString())
                    + added.stream().map(i -> " +" + i).collect(Collectors.joining())
                    + removed.stream().map(i -> " -" + i).collect(Collectors.joining());
        }
    }

    /**
     * Solves {@code problem} at each budget factor (e.g. 0.5, 0.75, 1.0, 1.25), in ascending order. Levels too small
     * for the mandatory set are reported as infeasible points.
     */
    public static Frontier of(Selector selector, SelectionProblem problem, List<BigDecimal> budgetFactors) {
        Checks.notNull(selector, "selector");
        Checks.notNull(problem, "problem");
        Checks.notEmpty(budgetFactors, "budgetFactors");
        Checks.require(!problem.budgets().isEmpty(), "problem.budgets", "a frontier needs at least one yearly budget");
        List<BigDecimal> sorted = budgetFactors.stream().map(f -> Checks.notNegative(f, "budgetFactors[]")).sorted().distinct().toList();
        List<Point> points = new ArrayList<>();
        Set<InitiativeId> previous = Set.of();
        double previousValue = 0;
        BigDecimal previousSpend = BigDecimal.ZERO;
        for (BigDecimal f : sorted) {
            SelectionResult r = selector.select(problem.withBudgetsScaled(f));
            Set<InitiativeId> now = new LinkedHashSet<>(r.selected());
            Set<InitiativeId> before = previous;
            List<InitiativeId> added = now.stream().filter(i -> !before.contains(i)).toList();
            List<InitiativeId> removed = before.stream().filter(i -> !now.contains(i)).toList();
            BigDecimal spend = r.spendByYear().values().stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            points.add(new Point(f, r, added, removed, r.totalValue() - previousValue, spend.subtract(previousSpend)));
            if (r.feasible()) {
                previous = now;
                previousValue = r.totalValue();
                previousSpend = spend;
            }
        }
        return new Frontier(points);
    }

    /** Factors {@code 1/steps, 2/steps, …, 1} of the stated budgets. */
    public static Frontier of(Selector selector, SelectionProblem problem, int steps) {
        Checks.between(steps, 1, 100, "steps");
        List<BigDecimal> factors = new ArrayList<>();
        for (int k = 1; k <= steps; k++) {
            factors.add(BigDecimal.valueOf(k).divide(BigDecimal.valueOf(steps), 4, RoundingMode.HALF_EVEN));
        }
        return of(selector, problem, factors);
    }

    public String explain() {
        return points.stream().map(Point::explain).collect(Collectors.joining("\n"));
    }
}
