package org.itm.examples.month;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.itm.core.embed.ItmEnvironment;
import org.itm.examples.report.Block;
import org.itm.examples.report.HumanFormat;
import org.itm.examples.report.Links;
import org.itm.examples.report.Section;
import org.itm.examples.report.Table;
import org.itm.examples.report.Tile;
import org.itm.examples.report.Tiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders the main example's report from a seeded run and checks it against the modules' own results. */
class MonthRunTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    private static ItmEnvironment store;
    private static MonthRun run;
    private static String html;
    private static final List<String> progress = new ArrayList<>();

    static ItmEnvironment environment() {
        return ItmEnvironment.builder().clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC))
                .build();
    }

    @BeforeAll
    static void runTheMonth() {
        store = environment();
        run = MonthRun.execute(MONTH, 7, store, progress::add);
        html = run.report().render();
    }

    @Test
    void everySectionIsPresent() {
        assertThat(run.report().sections()).extracting(Section::id)
                .contains("overview", "operations", "capacity", "risk", "governance", "metrics", "servicedesk");
        for (Section s : run.report().sections()) {
            assertThat(html).contains("id=\"" + s.id() + "\"");
        }
        assertThat(html).contains("<svg");
    }

    @Test
    void reportShowsTheModulesOwnNumbers() {
        assertThat(html).contains(run.risk().patches().compliancePercent().toPlainString() + "%");
        assertThat(html).contains(run.risk().auditSize() + " entries");
        assertThat(html).contains(run.governance().selection().selected().size() + " of 40");
        assertThat(run.figures().figures().get("overdue patches"))
                .isEqualTo((double) run.risk().patches().overdue().size());
        assertThat(run.risk().audit().valid()).isTrue();
        run.governance().selection().selected().forEach(id -> assertThat(html).contains(id.value()));
    }

    @Test
    void theRealServiceDeskSectionShowsTheImportersFigures() {
        MeasuredServiceDesk m = run.measured();
        org.itm.operations.importer.IncidentLogKpis direct = org.itm.operations.importer.IncidentLogKpis.compute(
                org.itm.examples.data.ShippedEventLog.load().incidents());
        assertThat(m.kpis()).isEqualTo(direct);
        assertThat(direct.overall().incidents()).isEqualTo(20_769);
        String section = sectionHtml("servicedesk");
        assertThat(section).contains("Your service desk, measured").contains("20,769").contains("CC BY 4.0");
        for (var k : direct.byPriority().values()) {
            assertThat(section).contains(k.group())
                    .contains(org.itm.examples.report.HumanFormat.duration(k.mttrMedian().orElseThrow()))
                    .contains(k.slaMade().percent(1).toPlainString() + "%")
                    .contains(k.reassigned().percent(1).toPlainString() + "%")
                    .contains(k.reopened().percent(1).toPlainString() + "%");
        }
        assertThat(m.backlog()).hasSizeGreaterThan(8);
        assertThat(m.spc().values()).hasSize(m.days().size());
        assertThat(m.spc().values().stream().mapToDouble(Double::doubleValue).sum())
                .isEqualTo((double) direct.overall().incidents());
        assertThat(section.split("<svg", -1)).as("backlog and SPC charts").hasSize(3);
    }

    static String sectionHtml(String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void theGeneratedMonthLooksLikeTheRealLog() {
        var incidents = run.operations().incidents();
        long reassigned = incidents.stream().filter(i -> i.reassignmentCount() > 0).count();
        // the log reassigns 47.4 % of its incidents and has 94 % of them at P3
        assertThat(100.0 * reassigned / incidents.size()).isBetween(30.0, 65.0);
        assertThat(incidents.stream().filter(i -> i.priority().equals("P3")).count())
                .isGreaterThan(incidents.size() * 8L / 10);
        assertThat(run.metrics().kpis().forKpi(org.itm.metrics.catalog.IncidentKpis.REASSIGNMENT_RATE))
                .anySatisfy(r -> assertThat(r.value()).isPositive());
    }

    @Test
    void eachRecurringFaultIsProposedOnce() {
        var problems = run.operations().problems();
        assertThat(problems).hasSizeBetween(1, 6);
        assertThat(problems).extracting(p -> p.target() + " " + p.category()).doesNotHaveDuplicates();
        assertThat(problems.stream().flatMap(p -> p.incidents().stream())).doesNotHaveDuplicates();
    }

    @Test
    void theBudgetBindsAndTheSelectionSearchesATree() {
        var governance = run.governance();
        long positive = governance.portfolio().initiatives().stream()
                .filter(i -> org.itm.governance.prioritisation.Financials.npv(0.08, i.netCashFlows()).signum() > 0)
                .count();
        assertThat(positive).isGreaterThan(governance.portfolio().size() / 2);
        assertThat(governance.selection().nodesExplored()).isGreaterThan(5);
        assertThat(governance.selection().selected().size()).isLessThan((int) positive);
        var values = governance.frontier().points().stream().map(p -> p.result().totalValue()).toList();
        for (int i = 1; i < values.size(); i++) {
            assertThat(values.get(i)).isGreaterThanOrEqualTo(values.get(i - 1));
        }
        assertThat(values.get(2)).as("value at the stated budget").isGreaterThan(values.get(0));
        assertThat(values.get(values.size() - 1)).as("flat at the widest budgets")
                .isEqualTo(values.get(values.size() - 2));
    }

    @Test
    void feedbackRowsNameTheService() {
        assertThat(html).doesNotContain("{service=");
    }

    /** Every headline figure as the modules' own API gives it, computed here again from the month's results. */
    private static Map<String, Double> headlineFromTheApi() {
        Map<String, Double> api = new LinkedHashMap<>();
        var ops = run.operations();
        api.put("incidents", (double) ops.incidents().size());
        api.put("SLAs met %", CapacityMonth.round1(ops.compliance().overall().percentMet()));
        api.put("SLA breaches", (double) ops.compliance().overall().breached());
        api.put("escalations", (double) ops.escalations().size());
        api.put("change collisions", (double) ops.collisions().size());
        api.put("problems proposed", (double) ops.problems().size());
        api.put("SPC signals (daily volume)", (double) run.metrics().spc().signals().size());
        api.put("showback total EUR", run.metrics().showback().total().amount().doubleValue());
        api.put("patch compliance %", run.risk().patches().compliancePercent().doubleValue());
        api.put("overdue patches", (double) run.risk().patches().overdue().size());
        api.put("risks above appetite", (double) run.risk().register().aboveAppetite().size());
        api.put("SoD violations", (double) run.risk().sod().size());
        api.put("portfolio value selected kEUR", (double) Math.round(run.governance().selection().totalValue()));
        api.put("initiatives selected", (double) run.governance().selection().selected().size());
        for (CapacityMonth.Outlook o : run.capacity().outlooks()) {
            api.put(o.resource().id() + " headroom %", CapacityMonth.round1(o.exhaustion().headroomFraction() * 100));
        }
        api.put("peak agents needed", (double) run.capacity().staffing().stream()
                .mapToInt(p -> p.plan().agents()).max().orElseThrow());
        return api;
    }

    @Test
    void everyHeadlineFigureIsTheApisOwnValueInTheReportAndOnTheConsole() {
        Map<String, Double> api = headlineFromTheApi();
        assertThat(run.figures().figures()).as("stored figures: every one, no other").isEqualTo(api);
        String overview = sectionHtml("overview");
        String summary = run.summary();
        api.forEach((name, value) -> {
            assertThat(overview).as(name).contains("<tr><td>" + name + "</td><td class=\"num\">"
                    + HumanFormat.figure(name, value) + "</td>");
            assertThat(summary).as(name).containsPattern(Pattern.quote(name) + " +"
                    + Pattern.quote(HumanFormat.figure(name, value)) + "(\\R|$| \\()");
        });
        assertThat(overview.split("<tr><td>", -1)).as("one headline row per figure").hasSize(api.size() + 1);
    }

    @Test
    void theOverviewLinksToEverySectionAndLeadsWithTheThreeMostUrgentThings() {
        Section overview = run.report().sections().get(0);
        assertThat(overview.id()).isEqualTo("overview");
        Tiles urgent = overview.blocks().stream().filter(Tiles.class::isInstance).map(Tiles.class::cast)
                .findFirst().orElseThrow();
        assertThat(urgent.tiles()).extracting(Tile::label)
                .containsExactly("SLA breaches", "Overdue patches", "Risks above appetite");
        assertThat(urgent.tiles()).extracting(Tile::value).containsExactly(
                String.valueOf(run.operations().compliance().overall().breached()),
                String.valueOf(run.risk().patches().overdue().size()),
                String.valueOf(run.risk().register().aboveAppetite().size()));
        assertThat(urgent.tiles()).extracting(Tile::link).containsExactly("operations", "risk", "risk");
        Links links = overview.blocks().stream().filter(Links.class::isInstance).map(Links.class::cast)
                .findFirst().orElseThrow();
        List<String> others = run.report().sections().stream().map(Section::id).filter(id -> !id.equals("overview"))
                .toList();
        assertThat(links.items()).extracting(Links.Item::section).containsExactlyElementsOf(others);
        String html = sectionHtml("overview");
        others.forEach(id -> assertThat(html).contains("<a href=\"#" + id + "\">"));
        assertThat(html).contains("<a href=\"#operations\" class=\"tile rag-");
    }

    @Test
    void everyTableSaysWhatToLookAt() {
        for (Section s : run.report().sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Table t) {
                    assertThat(t.caption()).as("caption of a table in %s", s.id()).contains(" — ");
                }
            }
        }
    }

    @Test
    void durationsAndCountsReadAsPeopleWriteThem() {
        assertThat(html).doesNotContainPattern("PT\\d+[HMS]");
        assertThat(run.summary()).doesNotContainPattern("PT\\d").doesNotContainPattern("\\b\\d+\\.0\\b");
        assertThat(String.join("\n", run.sectionSummaries())).doesNotContainPattern("PT\\d")
                .doesNotContainPattern("\\b\\d+\\.0\\b");
        assertThat(run.summary()).containsPattern("incidents +" + run.operations().incidents().size() + "\\R");
        assertThat(sectionHtml("servicedesk")).contains(HumanFormat.duration(
                run.measured().kpis().overall().mttrMedian().orElseThrow()));
    }

    @Test
    void theConsoleHasOneLinePerSection() {
        assertThat(run.sectionSummaries()).hasSize(run.report().sections().size());
        for (int i = 0; i < run.sectionSummaries().size(); i++) {
            assertThat(run.sectionSummaries().get(i)).startsWith(run.report().sections().get(i).heading() + ": ");
        }
    }

    @Test
    void longStepsReportProgress() {
        assertThat(progress).hasSizeGreaterThanOrEqualTo(4).allMatch(l -> l.startsWith("["));
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        MonthRun again = MonthRun.execute(MONTH, 7, environment(), line -> { });
        assertThat(again.report().render()).isEqualTo(html);
        assertThat(again.figures()).isEqualTo(run.figures());
    }

    @Test
    void aRunForTheNextMonthComparesWithTheStoredMonth() {
        MonthRun next = MonthRun.execute(MONTH.plusMonths(1), 8, store, line -> { });
        assertThat(next.previous()).contains(run.figures());
        assertThat(next.report().render()).contains("against " + MONTH);
        assertThat(MonthRun.latestStored(store)).contains(MONTH.plusMonths(1));
    }
}
