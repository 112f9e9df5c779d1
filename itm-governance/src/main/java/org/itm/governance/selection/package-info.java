/**
 * Budget-constrained selection: which initiatives to fund so that the portfolio gets the most value within its
 * budgets, team capacity and risk cap, with a reason for every yes and no.
 *
 * <p>Describe the choice as a {@link org.itm.governance.selection.SelectionProblem}
 * (candidates with value, cost per year, team demand per quarter and risk; budgets, capacities, a risk cap,
 * mandatory initiatives, dependencies and exclusions) and solve it with
 * {@link org.itm.governance.selection.Selector#exact()}, which returns a provably optimal
 * {@link org.itm.governance.selection.SelectionResult} or says why no selection is feasible. The
 * {@link org.itm.governance.selection.Frontier} shows the best value per budget level and what each step adds.
 * Build candidates from portfolio initiatives with
 * {@link org.itm.governance.selection.Candidate#of(org.itm.governance.portfolio.Initiative, double)}, or add a whole
 * portfolio with {@code SelectionProblem.Builder.candidates(portfolio, valueFunction)}.
 *
 * <pre>{@code
 * import java.math.BigDecimal;
 *
 * SelectionProblem problem = SelectionProblem.builder("EUR")
 *         .candidate(Candidate.of("CRM", 8, Map.of(2027, new BigDecimal("600000"))))    // value 8, spend in 2027
 *         .candidate(Candidate.of("ERP", 10, Map.of(2027, new BigDecimal("900000"))))
 *         .candidate(Candidate.of("BI", 5, Map.of(2027, new BigDecimal("300000"))))
 *         .candidate(Candidate.of("GDPR", 1, Map.of(2027, new BigDecimal("200000"))))
 *         .budget(2027, "1200000").mandatory("GDPR").build();
 *
 * SelectionResult result = Selector.exact().select(problem);
 * // result.explain():
 * // OPTIMAL: 3 selected, value 14.000, spend {2027=1100000.00 EUR}
 * //   SELECT CRM: value 8.000 for 600000.00 EUR over its life
 * //   REJECT ERP: adding it would exceed the 2027 budget by 800000.00 EUR
 * //   SELECT BI: value 5.000 for 300000.00 EUR over its life
 * //   SELECT GDPR: mandatory
 *
 * Frontier frontier = Frontier.of(Selector.exact(), problem,
 *         List.of(new BigDecimal("0.8"), BigDecimal.ONE, new BigDecimal("1.25")));
 * // frontier.explain():
 * // 80% of budget: value 9.000 (+9.000 for 800000.00 spend) +CRM +GDPR
 * // 100% of budget: value 14.000 (+5.000 for 300000.00 spend) +BI
 * // 125% of budget: value 16.000 (+2.000 for 300000.00 spend) +ERP -CRM
 * }</pre>
 */
@NullMarked
package org.itm.governance.selection;

import org.jspecify.annotations.NullMarked;
