package org.itm.governance.selection;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.itm.core.validation.Checks;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.core.money.Money;

/**
 * The outcome of a selection: the chosen initiatives and their value, spend per year and risk, a
 * {@link SelectionDecision} with its reason for every candidate, and — when no selection is feasible — the reasons
 * why.
 *
 * @param status        whether the selection is proven optimal, the best within the node limit, or impossible
 * @param selected      the chosen candidates, in the problem's candidate order; empty when infeasible
 * @param totalValue    the sum of the chosen candidates' values
 * @param spendByYear   year → the chosen candidates' spend, in the problem's currency
 * @param totalRisk     the sum of the chosen candidates' risk scores
 * @param decisions     one decision with its reason per candidate, in candidate order
 * @param infeasibility why no selection is feasible, one line per broken limit; empty otherwise
 * @param upperBound    a proven upper bound on the value of any feasible selection; equals {@code totalValue}
 *                      (up to rounding) when the status is {@link Status#OPTIMAL}
 * @param nodesExplored search-tree nodes the branch and bound visited
 * @since 0.1
 */
public record SelectionResult(Status status, List<InitiativeId> selected, double totalValue,
                              Map<Integer, Money> spendByYear, double totalRisk, List<SelectionDecision> decisions,
                              List<String> infeasibility, double upperBound, long nodesExplored) {

    /** Whether the selection is proven optimal, merely the best found within the node limit, or impossible. */
    public enum Status {
        /** No feasible selection has a higher value. */
        OPTIMAL,
        /** The search stopped at the node limit of {@link Selector#exact(long)}; {@code upperBound} says how far off. */
        NODE_LIMIT_REACHED,
        /** No selection meets every limit, e.g. the mandatory candidates alone exceed a budget. */
        INFEASIBLE
    }

    /**
     * Checks the status and copies the collections.
     *
     * @param status        whether the selection is proven optimal, the best within the node limit, or impossible
     * @param selected      the chosen candidates, in the problem's candidate order; empty when infeasible
     * @param totalValue    the sum of the chosen candidates' values
     * @param spendByYear   year → the chosen candidates' spend, in the problem's currency
     * @param totalRisk     the sum of the chosen candidates' risk scores
     * @param decisions     one decision with its reason per candidate, in candidate order
     * @param infeasibility why no selection is feasible, one line per broken limit; empty otherwise
     * @param upperBound    a proven upper bound on the value of any feasible selection; equals {@code totalValue}
     *                      (up to rounding) when the status is {@link Status#OPTIMAL}
     * @param nodesExplored search-tree nodes the branch and bound visited
     * @throws org.itm.core.ItmValidationException naming {@code status} when null
     */
    public SelectionResult {
        Checks.notNull(status, "status");
        selected = List.copyOf(selected);
        spendByYear = Map.copyOf(spendByYear);
        decisions = List.copyOf(decisions);
        infeasibility = List.copyOf(infeasibility);
    }

    /**
     * Whether a selection was found.
     *
     * @return {@code false} only for {@link Status#INFEASIBLE}
     */
    public boolean feasible() {
        return status != Status.INFEASIBLE;
    }

    /**
     * Whether a candidate was chosen.
     *
     * @param id the candidate
     * @return {@code true} when it is in {@link #selected()}
     */
    public boolean isSelected(InitiativeId id) {
        return selected.contains(id);
    }

    /**
     * The decision on one candidate.
     *
     * @param id the candidate
     * @return the decision, or empty for an id that was not a candidate
     */
    public Optional<SelectionDecision> decision(InitiativeId id) {
        return decisions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * A report for people: the status, value, spend per year and one line per decision (or why it is infeasible):
     * <pre>
     * OPTIMAL: 3 selected, value 14.000, spend {2027=1100000.00 EUR}
     *   SELECT CRM: value 8.000 for 600000.00 EUR over its life
     *   REJECT ERP: adding it would exceed the 2027 budget by 800000.00 EUR
     * </pre>
     *
     * @return lines separated by {@code \n}
     */
    public String explain() {
        if (status == Status.INFEASIBLE) {
            return "INFEASIBLE:\n  " + String.join("\n  ", infeasibility);
        }
        return status + ": " + selected.size() + " selected, value " + String.format(Locale.ROOT, "%.3f", totalValue)
                + ", spend " + new TreeMap<>(spendByYear) + "\n  "
                + decisions.stream().map(SelectionDecision::toString).collect(Collectors.joining("\n  "));
    }
}
