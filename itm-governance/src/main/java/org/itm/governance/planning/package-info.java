/**
 * Portfolio and roadmap decisions of a planning cycle as stored records: which initiatives a board selected and
 * why, where they are placed on the roadmap, and which earlier decision a re-plan supersedes, so the decision in
 * force for a cycle can always be found.
 *
 * <p>Make a {@link org.itm.governance.planning.PortfolioDecision} from a selection and its roadmap with
 * {@link org.itm.governance.planning.PortfolioDecision#of PortfolioDecision.of}, re-plan with
 * {@link org.itm.governance.planning.PortfolioDecision#supersededBy supersededBy}, and keep them in a
 * {@link org.itm.governance.planning.PortfolioDecisionRepository}, whose
 * {@link org.itm.governance.planning.PortfolioDecisionRepository#inForce inForce} answers "what did we decide for
 * this cycle".
 *
 * <pre>{@code
 * import org.itm.core.store.DocumentStores;
 * import org.itm.governance.portfolio.Initiative;
 * import org.itm.governance.portfolio.InitiativeId;
 * import org.itm.governance.portfolio.Portfolio;
 * import org.itm.governance.portfolio.YearQuarter;
 * import org.itm.governance.roadmap.Roadmap;
 * import org.itm.governance.roadmap.RoadmapPlanner;
 * import org.itm.governance.selection.SelectionProblem;
 * import org.itm.governance.selection.SelectionResult;
 * import org.itm.governance.selection.Selector;
 *
 * YearQuarter q1 = YearQuarter.of(2027, 1);
 * Portfolio portfolio = Portfolio.of("EUR", List.of(
 *         Initiative.builder("CRM").name("CRM").sponsor("CSO").businessUnit("Sales").plannedStart(q1)
 *                 .cost(2027, "600000", "0").demand("platform", 0, 2).demand("platform", 1, 2).build(),
 *         Initiative.builder("BI").name("Reporting").sponsor("CFO").businessUnit("Finance").plannedStart(q1)
 *                 .cost(2027, "300000", "0").demand("platform", 0, 3).build(),
 *         Initiative.builder("ERP").name("ERP").sponsor("CFO").businessUnit("Finance").plannedStart(q1)
 *                 .cost(2027, "900000", "0").build()));
 * Map<String, Double> value = Map.of("CRM", 8.0, "BI", 5.0, "ERP", 10.0);
 * SelectionResult selection = Selector.exact().select(SelectionProblem.builder("EUR")
 *         .candidates(portfolio, i -> value.get(i.id().value())).budget(2027, "1000000").build());   // CRM, BI
 * Roadmap roadmap = RoadmapPlanner.builder(q1).teamCapacity("platform", 4).build()
 *         .plan(selection.selected().stream().map(portfolio::get).toList());
 *
 * PortfolioDecision decision = PortfolioDecision.of("PFD-2027-1", "2027", LocalDate.of(2026, 11, 20), "board",
 *         selection.decisions(), roadmap, "budget 1M");
 * // decision.selected(): [CRM, BI]; decision.reasons().get(InitiativeId.of("ERP")):
 * // "adding it would exceed the 2027 budget by 800000.00 EUR"
 *
 * PortfolioDecisionRepository decisions = PortfolioDecisionRepository.documentStore(DocumentStores.inMemory());
 * decisions.create(decision);
 * decisions.create(decision.supersededBy("PFD-2027-2", LocalDate.of(2027, 2, 10), "board",
 *         decision.selections(), List.of(), "platform team halved; roadmap to be re-planned"));
 * String current = decisions.inForce("2027").orElseThrow().value().id();   // "PFD-2027-2"
 * }</pre>
 */
@NullMarked
package org.itm.governance.planning;

import org.jspecify.annotations.NullMarked;
