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
 * spend they add. Made by {@link #of(Selector, SelectionProblem, List)}.
 *
 * @param points one point per budget level, in ascending order; copied
 * @since 0.1
 */
public record Frontier(List<Point> points) {

    /**
     * Copies the points.
     *
     * @param points one point per budget level, in ascending order
     */
    public Frontier {
        points = List.copyOf(points);
    }

    /**
     * One budget level of the frontier.
     *
     * @param budgetFactor  the factor every year's budget was multiplied by, e.g. {@code 0.8}
     * @param result        the selection at that level
     * @param added         candidates selected here but not at the previous feasible level
     * @param removed       candidates selected at the previous feasible level but not here
     * @param marginalValue value gained over the previous feasible level (the first level counts from zero)
     * @param marginalSpend spend added over the previous feasible level, in the problem's currency
     */
    public record Point(BigDecimal budgetFactor, SelectionResult result, List<InitiativeId> added,
                        List<InitiativeId> removed, double marginalValue, BigDecimal marginalSpend) {

        /**
         * Checks the components and copies the lists.
         *
         * @param budgetFactor  the budget factor
         * @param result        the selection at that level
         * @param added         candidates that came in
         * @param removed       candidates that dropped out
         * @param marginalValue value gained
         * @param marginalSpend spend added
         * @throws org.itm.core.ItmValidationException naming {@code budgetFactor}, {@code result} or
         *                                             {@code marginalSpend} when null
         */
        public Point {
            Checks.notNull(budgetFactor, "budgetFactor");
            Checks.notNull(result, "result");
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            Checks.notNull(marginalSpend, "marginalSpend");
        }

        /**
         * The point as one line, e.g. {@code 125% of budget: value 16.000 (+2.000 for 300000.00 spend) +ERP -CRM}.
         *
         * @return the level, value, marginal value and spend, and the ids that came in ({@code +}) or dropped out
         *         ({@code -}); for an infeasible level, the reasons
         */
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
     *
     * @param selector      the selector to solve each level with, e.g. {@link Selector#exact()}
     * @param problem       the problem at 100 % budget; it must state at least one yearly budget
     * @param budgetFactors the factors, each zero or more; duplicates count once
     * @return the frontier
     * @throws org.itm.core.ItmValidationException naming {@code selector} or {@code problem} when null,
     *                                             {@code budgetFactors} when empty, {@code budgetFactors[]} for a
     *                                             negative factor, or {@code problem.budgets} when it has none
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

    /**
     * The frontier at factors {@code 1/steps, 2/steps, …, 1} of the stated budgets (rounded half-even to 4 decimals).
     *
     * @param selector the selector to solve each level with
     * @param problem  the problem at 100 % budget
     * @param steps    how many levels, 1 to 100
     * @return the frontier
     * @throws org.itm.core.ItmValidationException naming {@code steps} when outside 1 to 100, or as
     *                                             {@link #of(Selector, SelectionProblem, List)}
     */
    public static Frontier of(Selector selector, SelectionProblem problem, int steps) {
        Checks.between(steps, 1, 100, "steps");
        List<BigDecimal> factors = new ArrayList<>();
        for (int k = 1; k <= steps; k++) {
            factors.add(BigDecimal.valueOf(k).divide(BigDecimal.valueOf(steps), 4, RoundingMode.HALF_EVEN));
        }
        return of(selector, problem, factors);
    }

    /**
     * One {@link Point#explain()} line per level, lowest budget first.
     *
     * @return lines separated by {@code \n}
     */
    public String explain() {
        return points.stream().map(Point::explain).collect(Collectors.joining("\n"));
    }
}
