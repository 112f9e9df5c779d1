/**
 * The initiative portfolio: what the organisation plans to change, what it costs and returns, how risky and
 * healthy it is, and how concentrated the spend is.
 *
 * <p>Build each {@link org.itm.governance.portfolio.Initiative} with
 * {@link org.itm.governance.portfolio.Initiative#builder Initiative.builder} (costs and benefits per year, risk score
 * 0 to 100, objectives, dependencies and exclusions, team demand in FTE per quarter of its run), collect them with
 * {@link org.itm.governance.portfolio.Portfolio#of Portfolio.of}, which checks that the set is consistent, and call
 * {@link org.itm.governance.portfolio.Portfolio#assess()}: the
 * {@link org.itm.governance.portfolio.PortfolioAssessment} gives value, cost, risk and health per objective, stage
 * and business unit ({@link org.itm.governance.portfolio.Segment}s) and the Herfindahl concentration of spend and of
 * risk-weighted spend ({@link org.itm.governance.portfolio.Concentration}). Amounts are decimal, in the portfolio's
 * one currency; quarters are {@link org.itm.governance.portfolio.YearQuarter}s.
 *
 * <pre>{@code
 * import java.math.BigDecimal;
 *
 * YearQuarter q1 = YearQuarter.of(2027, 1);
 * Initiative chatbot = Initiative.builder("CHATBOT").name("Service chatbot").sponsor("COO").businessUnit("Service")
 *         .objective("faster-service").stage(StageGate.BUSINESS_CASE).plannedStart(q1)
 *         .cost(2027, "300000", "50000").benefit(2027, "100000").benefit(2028, "400000")   // capex, opex; benefit
 *         .riskScore(40).demand("platform", 0, 2).build();
 * Initiative erp = Initiative.builder("ERP").name("ERP upgrade").sponsor("CFO").businessUnit("Finance")
 *         .objective("lower-cost").stage(StageGate.APPROVED).plannedStart(q1)
 *         .cost(2027, "500000", "0").benefit(2028, "200000").riskScore(70)
 *         .health(Health.fromVariances(0.10, 0.02, 0, 0.05, 0.15)).build();   // 10 % late: schedule AMBER
 *
 * Portfolio portfolio = Portfolio.of("EUR", List.of(chatbot, erp));
 * PortfolioAssessment assessment = portfolio.assess();
 * Segment total = assessment.total();
 * // count 2, cost 850000.00 EUR, benefit 700000.00 EUR, averageRisk 55.0, riskWeightedCost 490000.00 EUR
 * int amber = total.healthCount(Rag.AMBER);                          // 1
 * Concentration spend = assessment.spendByBusinessUnit();
 * // spend.toString(): "businessUnit: HHI 0.516 (HIGH), largest Finance 59%"; spend.level(): "HIGH"
 * List<BigDecimal> flows = chatbot.netCashFlows();                   // [-250000, 400000] for 2027 and 2028
 * }</pre>
 */
@NullMarked
package org.itm.governance.portfolio;

import org.jspecify.annotations.NullMarked;
