/**
 * Prioritisation: which initiatives, features or changes to do first, with a score that says why.
 *
 * <p>The entry points: weighted scoring with {@link org.itm.governance.prioritisation.ScoringModel#builder()}
 * (criteria with weights and a {@link org.itm.governance.prioritisation.CriterionDirection}, a
 * {@link org.itm.governance.prioritisation.Normalisation} and a
 * {@link org.itm.governance.prioritisation.MissingScorePolicy}); weights derived from pairwise judgements with
 * {@link org.itm.governance.prioritisation.Ahp#builder Ahp.builder}; weighted shortest job first with
 * {@link org.itm.governance.prioritisation.Wsjf#rank Wsjf.rank}; and the financial measures of a cash-flow series
 * with {@link org.itm.governance.prioritisation.Financials} (NPV, IRR, payback, ROI). Every
 * {@link org.itm.governance.prioritisation.Ranking} breaks each item's score down by criterion.
 *
 * <pre>{@code
 * import java.math.BigDecimal;
 *
 * ScoringModel model = ScoringModel.builder()
 *         .criterion("value", 5, CriterionDirection.BENEFIT)      // weights 5:3:2 become 0.5, 0.3, 0.2
 *         .criterion("effort", 3, CriterionDirection.COST)
 *         .criterion("risk", 2, CriterionDirection.COST)
 *         .missingScores(MissingScorePolicy.MEAN).build();
 * Ranking ranking = model.rank(Map.of(
 *         "CRM", Map.of("value", 8.0, "effort", 5.0, "risk", 2.0),
 *         "BI", Map.of("value", 5.0, "effort", 2.0, "risk", 1.0),
 *         "ERP", Map.of("value", 9.0, "effort", 8.0)));            // no risk score yet
 * // ranking.order(): [ERP, CRM, BI]; ranking.find("ERP").orElseThrow().explain():
 * // "#1 ERP 0.600 = value 0.500 (raw 9.000) + effort 0.000 (raw 8.000)
 * //   + risk 0.100 (raw missing, missing, scored as the mean of 2 items)"
 *
 * AhpResult weights = Ahp.builder("value", "risk", "cost")
 *         .compare("value", "risk", 3).compare("value", "cost", 5).compare("risk", "cost", 3)
 *         .evaluate();                          // value 0.637, risk 0.258, cost 0.105; consistency ratio 0.033
 *
 * List<BigDecimal> flows = List.of(new BigDecimal("-1000000"), new BigDecimal("300000"),
 *         new BigDecimal("400000"), new BigDecimal("500000"), new BigDecimal("200000"));   // year 0 to 4
 * BigDecimal npv = Financials.npv(0.08, flows);                     // 164635.40
 * Optional<Double> irr = Financials.irr(flows).irr();              // about 0.1532
 * Optional<BigDecimal> payback = Financials.paybackYears(flows);   // 2.600000 years
 * }</pre>
 */
@NullMarked
package org.itm.governance.prioritisation;

import org.jspecify.annotations.NullMarked;
