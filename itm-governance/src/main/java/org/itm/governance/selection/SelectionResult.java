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
 * {@link SelectionDecision} with its reason for every candidate, and — when no selection is feasible — the reasons why.
 *
 * @param upperBound    a proven upper bound on the value of any feasible selection; equals {@code totalValue}
 *                      (up to rounding) when the status is {@link Status#OPTIMAL}
 * @param nodesExplored search-tree nodes the branch and bound visited
 */
public record SelectionResult(Status status, List<InitiativeId> selected, double totalValue,
                              Map<Integer, Money> spendByYear, double totalRisk, List<SelectionDecision> decisions,
                              List<String> infeasibility, double upperBound, long nodesExplored) {

    /** Whether the selection is proven optimal, merely the best found within the node limit, or impossible. */
    public enum Status {
        OPTIMAL,
        NODE_LIMIT_REACHED,
        INFEASIBLE
    }

    public SelectionResult {
        Checks.notNull(status, "status");
        selected = List.copyOf(selected);
        spendByYear = Map.copyOf(spendByYear);
        decisions = List.copyOf(decisions);
        infeasibility = List.copyOf(infeasibility);
    }

    public boolean feasible() {
        return status != Status.INFEASIBLE;
    }

    public boolean isSelected(InitiativeId id) {
        return selected.contains(id);
    }

    public Optional<SelectionDecision> decision(InitiativeId id) {
        return decisions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** A report for people: the status, value, spend per year and one line per decision (or why it is infeasible). */
    public String explain() {
        if (status == Status.INFEASIBLE) {
            return "INFEASIBLE:\n  " + String.join("\n  ", infeasibility);
        }
        return status + ": " + selected.size() + " selected, value " + String.format(Locale.ROOT, "%.3f", totalValue)
                + ", spend " + new TreeMap<>(spendByYear) + "\n  "
                + decisions.stream().map(SelectionDecision::toString).collect(Collectors.joining("\n  "));
    }
}
