package org.itm.examples.month;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.itm.examples.report.GanttChart;
import org.itm.examples.report.Point;
import org.itm.examples.report.Rag;
import org.itm.examples.report.ScatterChart;
import org.itm.examples.report.Section;
import org.itm.examples.report.Table;
import org.itm.examples.report.Tile;
import org.itm.governance.portfolio.Health;
import org.itm.governance.portfolio.Initiative;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.Portfolio;
import org.itm.governance.portfolio.StageGate;
import org.itm.governance.portfolio.YearQuarter;
import org.itm.governance.prioritisation.Financials;
import org.itm.governance.roadmap.Placement;
import org.itm.governance.roadmap.Roadmap;
import org.itm.governance.roadmap.RoadmapPlanner;
import org.itm.governance.selection.Frontier;
import org.itm.governance.selection.SelectionProblem;
import org.itm.governance.selection.SelectionResult;
import org.itm.governance.selection.Selector;

/**
 * Governance for the month: a 40-initiative portfolio valued by NPV, the optimal selection under next year's
 * budget, the efficient frontier around it and the roadmap of what was selected.
 *
 * @param portfolio the generated portfolio
 * @param selection the optimal selection under the stated budgets
 * @param frontier  best value at 50 % … 150 % of the budgets
 * @param roadmap   the selected initiatives scheduled into quarters
 */
public record GovernanceMonth(Portfolio portfolio, SelectionResult selection, Frontier frontier, Roadmap roadmap) {

    /** The stages a proposed initiative may be in, in gate order; the random pick indexes this list. */
    private static final List<StageGate> EARLY_STAGES = List.of(StageGate.IDEA, StageGate.ASSESSMENT,
            StageGate.BUSINESS_CASE, StageGate.APPROVED);
    private static final String[] UNITS = {"Retail", "Corporate", "Operations", "Digital"};
    private static final String[] OBJECTIVES = {"grow-online", "cut-run-cost", "reduce-risk", "comply"};
    private static final String[] TEAMS = {"platform", "data", "apps"};
    static final BigDecimal BUDGET_NEXT_YEAR = new BigDecimal("6000000");

    /** Builds the seeded portfolio for the year after {@code year} and decides on it. */
    public static GovernanceMonth run(long seed, int year) {
        Random rnd = new Random(seed);
        int next = year + 1;
        List<Initiative> all = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            Initiative.Builder b = Initiative.builder(String.format("INI-%02d", i)).name(name(i))
                    .sponsor("sponsor-" + (1 + rnd.nextInt(6))).businessUnit(UNITS[rnd.nextInt(UNITS.length)])
                    .objective(OBJECTIVES[rnd.nextInt(OBJECTIVES.length)]).stage(EARLY_STAGES.get(rnd.nextInt(EARLY_STAGES.size())))
                    .riskScore(5 + rnd.nextInt(70)).plannedStart(YearQuarter.of(next, 1 + rnd.nextInt(4)))
                    .health(Health.fromVariances(rnd.nextDouble() * 0.2, rnd.nextDouble() * 0.2,
                            rnd.nextDouble() * 0.1, 0.05, 0.15));
            int capex = 100 + rnd.nextInt(900);
            b.cost(next, capex + "000", (20 + rnd.nextInt(80)) + "000");
            // benefits over five years at 10-50 % of the investment a year: most initiatives pay back, some do not
            for (int y = next + 1; y <= next + 5; y++) {
                b.benefit(y, (capex * (10 + rnd.nextInt(41)) / 100) + "000");
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
        Portfolio portfolio = Portfolio.of("EUR", all);
        SelectionProblem.Builder problem = SelectionProblem.builder("EUR")
                // value = NPV at 8 % in thousands, floored at zero: negative-NPV work is only done when mandatory
                .candidates(portfolio, i -> Math.max(0, Financials.npv(0.08, i.netCashFlows()).doubleValue() / 1000))
                .budget(next, BUDGET_NEXT_YEAR.toPlainString()).riskCap(600);
        for (String team : TEAMS) {
            problem.capacity(team, YearQuarter.of(next, 1), YearQuarter.of(next + 1, 4), 4);
        }
        SelectionProblem built = problem.build();
        SelectionResult selection = Selector.exact().select(built);
        // wide enough to see the budget stop binding: beyond it the risk cap and team capacity limit the value
        Frontier frontier = Frontier.of(Selector.exact(), built, List.of(new BigDecimal("0.5"),
                new BigDecimal("0.75"), BigDecimal.ONE, new BigDecimal("1.25"), new BigDecimal("1.5"),
                new BigDecimal("2"), new BigDecimal("2.5"), new BigDecimal("3")));
        RoadmapPlanner.Builder planner = RoadmapPlanner.builder(YearQuarter.of(next, 1));
        for (String team : TEAMS) {
            planner.teamCapacity(team, 3);
        }
        Roadmap roadmap = planner.build().plan(selection.selected().stream().map(portfolio::get).toList());
        return new GovernanceMonth(portfolio, selection, frontier, roadmap);
    }

    private static String name(int i) {
        String[] kinds = {"ERP upgrade", "Identity platform", "Data lake", "Wi-Fi refresh", "Portal", "Backup",
                "Observability", "CRM migration", "Zero trust", "DC exit"};
        return kinds[(i - 1) % kinds.length] + " " + ((i - 1) / kinds.length + 1);
    }

    /** The governance section of the report. */
    Section section() {
        ScatterChart.Builder chart = ScatterChart.builder("Efficient frontier: budget against value (NPV, kEUR)")
                .xAxis("Budget factor (x stated budget)").yAxis("Value");
        List<Point> line = new ArrayList<>();
        for (Frontier.Point p : frontier.points()) {
            line.add(new Point(p.budgetFactor().doubleValue(), p.result().totalValue()));
            chart.candidate(p.budgetFactor().toPlainString() + "x", p.budgetFactor().doubleValue(),
                    p.result().totalValue());
        }
        chart.frontier(line).chosen("Selected", 1.0, selection.totalValue());

        YearQuarter first = roadmap.placements().stream().map(Placement::start).min(YearQuarter::compareTo)
                .orElse(roadmap.end());
        int quarters = Math.max(1, first.quartersUntil(roadmap.end()));
        GanttChart.Builder gantt = GanttChart.builder("Roadmap of the selected initiatives");
        String[] periods = new String[quarters];
        for (int q = 0; q < quarters; q++) {
            periods[q] = first.plus(q).toString();
        }
        gantt.periods(periods);
        for (Placement p : roadmap.placements()) {
            gantt.task(p.id().value() + " " + portfolio.get(p.id()).name(), first.quartersUntil(p.start()),
                    first.quartersUntil(p.end()), p.critical());
        }
        Table.Builder decisions = Table.builder("Selection decisions — why each initiative is in or out; the ones left out for"
                        + " budget are next year's candidates if money frees up").header("Initiative", "Decision");
        selection.decisions().stream().limit(40).forEach(d -> decisions.row(d.id().value(), d.reason()));
        return Section.builder("governance", "Governance: portfolio, selection and roadmap")
                .paragraph(portfolio.size() + " initiatives competed for a budget of EUR "
                        + BUDGET_NEXT_YEAR.toPlainString() + "; the selection is " + selection.status()
                        + " (branch and bound, " + selection.nodesExplored() + " nodes).")
                .tiles(Tile.of("Selected", selection.selected().size() + " of " + portfolio.size(), Rag.NONE),
                        Tile.of("Value (NPV kEUR)", String.format(Locale.ROOT, "%.0f", selection.totalValue()),
                                Rag.NONE),
                        Tile.of("Critical path", roadmap.criticalPath().stream().map(InitiativeId::value)
                                .reduce((a, b) -> a + " → " + b).orElse("—"), Rag.NONE))
                .chart(chart.build())
                .chart(gantt.build())
                .table(decisions.build())
                .build();
    }
}
