package org.itm.examples.governance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.itm.governance.portfolio.Health;
import org.itm.governance.portfolio.Initiative;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.Portfolio;
import org.itm.governance.portfolio.PortfolioAssessment;
import org.itm.governance.portfolio.StageGate;
import org.itm.governance.portfolio.YearQuarter;
import org.itm.governance.prioritisation.Ahp;
import org.itm.governance.prioritisation.AhpResult;
import org.itm.governance.prioritisation.CriterionDirection;
import org.itm.governance.prioritisation.Financials;
import org.itm.governance.prioritisation.MissingScorePolicy;
import org.itm.governance.prioritisation.Ranking;
import org.itm.governance.prioritisation.ScoringModel;
import org.itm.governance.roadmap.Roadmap;
import org.itm.governance.roadmap.RoadmapDiff;
import org.itm.governance.roadmap.RoadmapPlanner;
import org.itm.governance.selection.Frontier;
import org.itm.governance.selection.SelectionProblem;
import org.itm.governance.selection.SelectionResult;
import org.itm.governance.selection.Selector;

/** Assesses a generated 40-initiative portfolio, ranks it, selects under a budget, and plans a roadmap. */
public final class GovernanceExample {

    /** The stages a proposed initiative may be in, in gate order; the random pick indexes this list. */
    private static final List<StageGate> EARLY_STAGES = List.of(StageGate.IDEA, StageGate.ASSESSMENT,
            StageGate.BUSINESS_CASE, StageGate.APPROVED);
    private static final String[] UNITS = {"Retail", "Corporate", "Operations", "Digital"};
    private static final String[] OBJECTIVES = {"grow-online", "cut-run-cost", "reduce-risk", "comply"};
    private static final String[] TEAMS = {"platform", "data", "apps"};

    public static void main(String[] args) {
        Random rnd = new Random(2027);
        List<Initiative> all = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String id = String.format("INI-%02d", i);
            Initiative.Builder b = Initiative.builder(id).name("Initiative " + i).sponsor("sponsor-" + (1 + rnd.nextInt(6)))
                    .businessUnit(UNITS[rnd.nextInt(UNITS.length)]).objective(OBJECTIVES[rnd.nextInt(OBJECTIVES.length)])
                    .stage(EARLY_STAGES.get(rnd.nextInt(EARLY_STAGES.size()))).riskScore(5 + rnd.nextInt(70))
                    .plannedStart(YearQuarter.of(2027, 1 + rnd.nextInt(4)))
                    .health(Health.fromVariances(rnd.nextDouble() * 0.2, rnd.nextDouble() * 0.2, rnd.nextDouble() * 0.1, 0.05, 0.15));
            int capex = 100 + rnd.nextInt(900);
            b.cost(2027, capex + "000", (20 + rnd.nextInt(80)) + "000").cost(2028, "0", (20 + rnd.nextInt(120)) + "000");
            for (int y = 2028; y <= 2031; y++) {
                b.benefit(y, (capex * (15 + rnd.nextInt(30)) / 100) + "000");
            }
            String team = TEAMS[rnd.nextInt(TEAMS.length)];
            for (int q = 0, n = 1 + rnd.nextInt(4); q < n; q++) {
                b.demand(team, q, 0.5 * (1 + rnd.nextInt(4)));
            }
            if (i > 4 && rnd.nextInt(6) == 0) {
                b.requires(String.format("INI-%02d", 1 + rnd.nextInt(i - 1)));
            }
            all.add(b.build());
        }
        all.set(39, Initiative.builder("INI-40").name("Regulatory reporting").sponsor("CFO").businessUnit("Corporate")
                .objective("comply").stage(StageGate.APPROVED).riskScore(20).plannedStart(YearQuarter.of(2027, 1))
                .cost(2027, "150000", "30000").demand("data", 0, 1).demand("data", 1, 1).build());
        Portfolio portfolio = Portfolio.of("EUR", all);

        PortfolioAssessment a = portfolio.assess();
        System.out.println("== Portfolio: " + portfolio.size() + " initiatives, cost " + a.total().cost()
                + ", benefit " + a.total().benefit() + ", risk-weighted cost " + a.total().riskWeightedCost());
        a.byObjective().forEach((o, s) -> System.out.println("  " + o + ": " + s.count() + " initiatives, cost " + s.cost()
                + ", avg risk " + Math.round(s.averageRisk())));
        System.out.println("  " + a.spendByBusinessUnit() + " | " + a.riskByInitiative());

        AhpResult ahp = Ahp.builder("npv", "strategic", "risk")
                .compare("npv", "strategic", 2).compare("npv", "risk", 4).compare("strategic", "risk", 2).evaluate();
        System.out.println("\n== Criteria weights by AHP: " + ahp.weights() + " — " + ahp.reason());
        ScoringModel model = ScoringModel.builder().weights(ahp).direction("risk", CriterionDirection.COST)
                .missingScores(MissingScorePolicy.MEAN).build();
        Map<String, Map<String, Double>> scores = new HashMap<>();
        for (Initiative i : all) {
            double v = Financials.npv(0.08, i.netCashFlows()).doubleValue();
            scores.put(i.id().value(), Map.of("npv", v, "strategic",
                    i.objectives().contains("grow-online") ? 8.0 : i.objectives().contains("comply") ? 6.0 : 4.0, "risk", i.riskScore()));
        }
        Ranking ranking = model.rank(scores);
        System.out.println("Top 5:");
        ranking.items().stream().limit(5).forEach(r -> System.out.println("  " + r.explain()));

        SelectionProblem problem = SelectionProblem.builder("EUR")
                .candidates(portfolio, i -> 100 * ranking.find(i.id().value()).orElseThrow().score())
                .budget(2027, "6000000").budget(2028, "1200000").riskCap(500)
                .capacity("platform", YearQuarter.of(2027, 1), YearQuarter.of(2028, 4), 4)
                .capacity("data", YearQuarter.of(2027, 1), YearQuarter.of(2028, 4), 4)
                .capacity("apps", YearQuarter.of(2027, 1), YearQuarter.of(2028, 4), 4)
                .mandatory("INI-40").build();
        SelectionResult result = Selector.exact().select(problem);
        System.out.println("\n== Selection under budget\n" + result.explain());

        System.out.println("\n== Efficient frontier (share of the stated budgets)");
        System.out.println(Frontier.of(Selector.exact(), problem, List.of(new BigDecimal("0.5"), new BigDecimal("0.75"),
                BigDecimal.ONE, new BigDecimal("1.25"))).explain());

        List<Initiative> chosen = result.selected().stream().map(portfolio::get).toList();
        RoadmapPlanner planner = RoadmapPlanner.builder(YearQuarter.of(2027, 1))
                .teamCapacity("platform", 3).teamCapacity("data", 3).teamCapacity("apps", 3)
                .priority(ranking.order().stream().map(InitiativeId::of).toList()).build();
        Roadmap roadmap = planner.plan(chosen);
        System.out.println("\n== Roadmap\n" + roadmap.explain());
        Roadmap lessData = planner.withTeamCapacity("data", 1.5).plan(chosen);
        System.out.println("\n== If the data team shrinks to 1.5 FTE\n" + RoadmapDiff.between(roadmap, lessData).explain());
    }
}
