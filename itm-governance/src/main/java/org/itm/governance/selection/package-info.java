/**
 * Budget-constrained selection: describe the choice as a {@link org.itm.governance.selection.SelectionProblem}
 * (candidates with value, cost per year, team demand per quarter and risk; budgets, capacities, a risk cap,
 * mandatory initiatives, dependencies and exclusions) and solve it with
 * {@link org.itm.governance.selection.Selector#exact()}, which returns a provably optimal
 * {@link org.itm.governance.selection.SelectionResult} or says why no selection is feasible. The
 * {@link org.itm.governance.selection.Frontier} shows the best value per budget level and what each step adds.
 */
@NullMarked
package org.itm.governance.selection;

import org.jspecify.annotations.NullMarked;
