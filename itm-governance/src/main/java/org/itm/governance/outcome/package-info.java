/**
 * Outcomes and OKRs: what the business wants from the portfolio, how far it has come, and whether the money goes to
 * work that serves it.
 *
 * <p>An {@link org.itm.governance.outcome.Outcome} is measured by its
 * {@link org.itm.governance.outcome.KeyResult}s (baseline, target, current; progress 0 to 1 either way up).
 * {@link org.itm.governance.outcome.OutcomeLink}s tie initiatives to outcomes with the share each is expected to
 * deliver. The entry points are the two reports:
 * {@link org.itm.governance.outcome.AlignmentReport#of AlignmentReport.of} (share of funded spend linked to an
 * outcome, orphan initiatives, outcomes nothing funded serves, over-promised outcomes) and
 * {@link org.itm.governance.outcome.BenefitRealisation#of BenefitRealisation.of} (planned against actual benefit of
 * an initiative, per year and to date).
 *
 * <pre>{@code
 * import java.math.BigDecimal;
 * import org.itm.governance.portfolio.Initiative;
 * import org.itm.governance.portfolio.Portfolio;
 * import org.itm.governance.portfolio.YearQuarter;
 *
 * Initiative chatbot = Initiative.builder("CHATBOT").name("Service chatbot").sponsor("COO").businessUnit("Service")
 *         .plannedStart(YearQuarter.of(2027, 1)).cost(2027, "300000", "50000")        // capex, opex
 *         .benefit(2027, "100000").benefit(2028, "250000").build();
 * Initiative erp = Initiative.builder("ERP").name("ERP upgrade").sponsor("CFO").businessUnit("Finance")
 *         .plannedStart(YearQuarter.of(2027, 1)).cost(2027, "500000", "0").build();
 * Portfolio portfolio = Portfolio.of("EUR", List.of(chatbot, erp));
 *
 * Outcome faster = new Outcome("faster-service", "Customers get answers faster", List.of(
 *         new KeyResult("first-response", "Median first response in minutes", 240, 30, 135),   // progress 0.5
 *         new KeyResult("self-service", "Tickets solved without an agent", 0.10, 0.40, 0.25)));  // progress 0.5
 * Outcome greener = new Outcome("greener", "Less energy per transaction", List.of(
 *         new KeyResult("kwh", "kWh per 1000 transactions", 12, 8, 12)));                       // progress 0
 *
 * AlignmentReport alignment = AlignmentReport.of(portfolio, Set.of(chatbot.id(), erp.id()),
 *         List.of(faster, greener), List.of(new OutcomeLink(chatbot.id(), "faster-service", 0.6)));
 * // fundedSpend 850000.00 EUR, linkedSpend 350000.00 EUR, linkedSpendShare 0.4118,
 * // orphans [ERP], unfundedOutcomes [greener], expectedContribution: faster-service 0.6, greener 0.0
 *
 * BenefitRealisation realised = BenefitRealisation.of(chatbot, Map.of(2027, new BigDecimal("80000")), 2027);
 * // plannedToDate 100000.00 EUR, actualToDate 80000.00 EUR, ratio Optional[0.8000]
 * }</pre>
 */
@NullMarked
package org.itm.governance.outcome;

import org.jspecify.annotations.NullMarked;
