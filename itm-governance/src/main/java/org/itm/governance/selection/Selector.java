package org.itm.governance.selection;

import org.itm.core.validation.Checks;
import org.itm.governance.selection.internal.BranchAndBoundSelector;

/**
 * Chooses the set of candidates with the highest total value within a {@link SelectionProblem}'s limits.
 *
 * <p>{@link #exact()} is a branch and bound that proves optimality: its bound is the fractional-knapsack relaxation
 * of a surrogate of all limits weighted by the LP relaxation's dual prices, so it never prunes the optimum.
 * Typical portfolios of 200 candidates are solved in about a second; heavily over-subscribed instances can take
 * longer, which {@link #exact(long)} caps. Implementations are pure and thread-safe.
 *
 * @since 0.1
 */
public interface Selector {

    /**
     * Solves a problem.
     *
     * @param problem what to choose from and the limits
     * @return the selection with a decision and reason per candidate; for an infeasible problem (e.g. mandatory
     *         initiatives over budget) status {@link SelectionResult.Status#INFEASIBLE} and the reasons in
     *         {@link SelectionResult#infeasibility()}, never an exception
     */
    SelectionResult select(SelectionProblem problem);

    /**
     * The exact selector with no limit on search effort.
     *
     * @return a selector whose results are {@link SelectionResult.Status#OPTIMAL} or infeasible
     */
    static Selector exact() {
        return new BranchAndBoundSelector(Long.MAX_VALUE);
    }

    /**
     * The exact selector that stops after {@code maxNodes} search nodes and then reports the best selection found
     * with status {@link SelectionResult.Status#NODE_LIMIT_REACHED} and a proven upper bound.
     *
     * @param maxNodes the most search-tree nodes to visit; above zero
     * @return the selector
     * @throws org.itm.core.ItmValidationException naming {@code maxNodes} when it is not positive
     */
    static Selector exact(long maxNodes) {
        return new BranchAndBoundSelector(Checks.positive(maxNodes, "maxNodes"));
    }
}
