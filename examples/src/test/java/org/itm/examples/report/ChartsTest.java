package org.itm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itm.examples.report.SvgAssertions.assertWellFormedSvg;
import static org.itm.examples.report.SvgAssertions.byClass;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {

    @Test
    void barChartDrawsOneBarPerValueAndColoursThemByTarget() {
        BarChart chart = BarChart.builder("SLA attainment").valueAxis("%").zeroBased(false)
                .bar("Email", 99.2).bar("ERP", 96.1).bar("Portal", 91.4).target("Target 95%", 95).build();

        Document svg = assertWellFormedSvg(chart.toSvg("sla"), "SLA attainment");

        List<Element> bars = byClass(svg, "bar");
        assertThat(bars).hasSize(3);
        assertThat(bars).extracting(b -> b.getAttribute("fill"))
                .containsExactly(Rag.GREEN.colour(), Rag.GREEN.colour(), Rag.RED.colour());
        assertThat(bars.get(0).getTextContent()).isEqualTo("Email: 99.2");
        assertThat(byClass(svg, "target")).hasSize(1);
        assertThat(svg.getDocumentElement().getTextContent()).contains("Target 95%", "Meets target", "Portal");
    }

    @Test
    void barChartWithLowerIsBetterTargetTreatsValuesBelowAsMeetingIt() {
        BarChart chart = BarChart.builder("Backlog").bar("A", 3).bar("B", 8).target("Limit", 5)
                .higherIsBetter(false).build();

        List<Element> bars = byClass(assertWellFormedSvg(chart.toSvg("b"), "Backlog"), "bar");

        assertThat(bars).extracting(b -> b.getAttribute("fill")).containsExactly(Rag.GREEN.colour(), Rag.RED.colour());
    }

    @Test
    void barsOfAZeroBasedChartStartAtTheZeroLineForNegativeValues() {
        BarChart chart = BarChart.builder("Variance").bar("up", 4).bar("down", -6).build();

        List<Element> bars = byClass(assertWellFormedSvg(chart.toSvg("v"), "Variance"), "bar");

        double upBottom = y(bars.get(0)) + height(bars.get(0));
        double downTop = y(bars.get(1));
        assertThat(upBottom).isEqualTo(downTop);
        assertThat(height(bars.get(1))).isGreaterThan(height(bars.get(0)));
    }

    @Test
    void lineChartDrawsEverySeriesPointBandAndThreshold() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        LineChart chart = LineChart.builder("Forecast").xFormat(ValueFormat.DATE).yAxis("GB")
                .series("Actual", List.of(new Point(start.toEpochDay(), 10), new Point(start.plusDays(30).toEpochDay(), 12),
                        new Point(start.plusDays(60).toEpochDay(), 15)))
                .series("Forecast", List.of(new Point(start.plusDays(60).toEpochDay(), 15),
                        new Point(start.plusDays(120).toEpochDay(), 21)))
                .band(new Band("95% interval", List.of(new BandPoint(start.plusDays(60).toEpochDay(), 14, 16),
                        new BandPoint(start.plusDays(120).toEpochDay(), 17, 25))))
                .threshold("Capacity", 20).marker("Today", start.plusDays(60).toEpochDay()).build();

        Document svg = assertWellFormedSvg(chart.toSvg("forecast"), "Forecast");

        assertThat(byClass(svg, "series")).hasSize(2);
        assertThat(byClass(svg, "point")).hasSize(5);
        assertThat(byClass(svg, "band")).hasSize(1);
        assertThat(byClass(svg, "threshold")).hasSize(1);
        assertThat(byClass(svg, "marker")).hasSize(1);
        // date ticks fall on month starts
        assertThat(byClass(svg, "x-axis").get(0).getTextContent()).contains("2027-01-01", "2027-02-01", "2027-05-01");
        assertThat(svg.getDocumentElement().getTextContent()).contains("Capacity (20)", "95% interval", "Today");
    }

    @Test
    void bandIsAClosedAreaBetweenLowerAndUpperEdges() {
        LineChart chart = LineChart.builder("Band").band(new Band("PI", List.of(new BandPoint(0, 1, 3),
                new BandPoint(1, 2, 4), new BandPoint(2, 2, 6)))).build();

        Element band = byClass(assertWellFormedSvg(chart.toSvg("band"), "Band"), "band").get(0);

        // three upper points forward, three lower points back, then closed
        assertThat(band.getAttribute("d")).matches("M[^MLZ]+( L[^MLZ]+){5} Z");
    }

    @Test
    void stepChartOnALogAxisLeavesOutNonPositiveXAndLabelsDecades() {
        LineChart chart = LineChart.builder("Loss exceedance").logX(true).step(true).yFormat(ValueFormat.PERCENT)
                .series("Inherent", List.of(new Point(0, 1), new Point(1e3, 0.9), new Point(1e4, 0.5),
                        new Point(1e6, 0.01)))
                .build();

        Document svg = assertWellFormedSvg(chart.toSvg("lec"), "Loss exceedance");

        assertThat(byClass(svg, "point")).hasSize(3);
        String line = byClass(svg, "line").get(0).getAttribute("d");
        // a step function: each new point is reached by a horizontal then a vertical segment
        assertThat(line.split("L")).hasSize(1 + 2 * 2);
        String xAxis = byClass(svg, "x-axis").get(0).getTextContent();
        assertThat(xAxis).contains("1k", "10k", "100k", "1M");
        assertThat(byClass(svg, "y-axis").get(0).getTextContent()).contains("100%", "0%");
    }

    @Test
    void controlChartHighlightsSignalsAndDrawsLimits() {
        ControlChart chart = ControlChart.builder("Incidents per week").yAxis("Incidents").limits(40, 60, 20)
                .point("W1", 38).point("W2", 45).point("W3", 66).point("W4", 41).point("W5", 15)
                .signal(2).signal(4).build();

        Document svg = assertWellFormedSvg(chart.toSvg("spc"), "Incidents per week");

        assertThat(byClass(svg, "point")).hasSize(5);
        assertThat(byClass(svg, "signal")).hasSize(2)
                .extracting(Element::getTextContent).containsExactly("W3: 66 (signal)", "W5: 15 (signal)");
        assertThat(byClass(svg, "ucl")).hasSize(1);
        assertThat(byClass(svg, "lcl")).hasSize(1);
        assertThat(byClass(svg, "centre")).hasSize(1);
        assertThat(svg.getDocumentElement().getTextContent()).contains("UCL 60", "LCL 20", "CL 40",
                "signals at W3, W5");
    }

    @Test
    void controlChartPointsAboveTheUpperLimitAreDrawnAboveItsLine() {
        ControlChart chart = ControlChart.builder("SPC").limits(10, 12, 8).point("a", 10).point("b", 14).signal(1)
                .build();

        Document svg = assertWellFormedSvg(chart.toSvg("spc"), "SPC");

        double uclY = Double.parseDouble(byClass(svg, "ucl").get(0).getAttribute("y1"));
        double signalY = Double.parseDouble(byClass(svg, "signal").get(0).getAttribute("cy"));
        assertThat(signalY).isLessThan(uclY);
    }

    @Test
    void heatMapHasOneCellPerLikelihoodAndImpactWithItsCount() {
        HeatMap map = HeatMap.builder("Risk heat map")
                .x("Likelihood", "1", "2", "3", "4", "5").y("Impact", "1", "2", "3", "4", "5")
                .row(2, 0, 0, 0, 0).row(0, 1, 0, 0, 0).row(0, 0, 3, 0, 0).row(0, 0, 0, 1, 0).row(0, 0, 0, 0, 4)
                .build();

        Document svg = assertWellFormedSvg(map.toSvg("heat"), "Risk heat map");

        List<Element> cells = byClass(svg, "cell");
        assertThat(cells).hasSize(25);
        assertThat(cells.get(0).getTextContent()).isEqualTo("Impact 1, Likelihood 1: 2 (Low)");
        assertThat(cells.get(24).getTextContent()).isEqualTo("Impact 5, Likelihood 5: 4 (Critical)");
        assertThat(cells.get(0).getAttribute("fill")).isNotEqualTo(cells.get(24).getAttribute("fill"));
        // the lowest impact row is drawn at the bottom
        assertThat(y(cells.get(0))).isGreaterThan(y(cells.get(24)));
        assertThat(svg.getDocumentElement().getTextContent()).contains("Low", "Medium", "High", "Critical");
    }

    @Test
    void scatterChartHighlightsTheChosenPointOnTheFrontier() {
        ScatterChart chart = ScatterChart.builder("Efficient frontier").xAxis("Budget").yAxis("Value")
                .candidate("P1", 1e6, 80).candidate("P2", 2e6, 120).candidate("P3", 3e6, 150)
                .frontier(List.of(new Point(1e6, 100), new Point(2e6, 180), new Point(3e6, 230)))
                .chosen("Selected", 2e6, 180).build();

        Document svg = assertWellFormedSvg(chart.toSvg("frontier"), "Efficient frontier");

        assertThat(byClass(svg, "point")).hasSize(3);
        assertThat(byClass(svg, "frontier-point")).hasSize(3);
        assertThat(byClass(svg, "highlight")).hasSize(1)
                .extracting(Element::getTextContent).containsExactly("Selected: 2,000,000, 180");
        assertThat(byClass(svg, "x-axis").get(0).getTextContent()).contains("1.0M", "1.5M", "3.0M");
    }

    @Test
    void ganttChartDrawsOneBarPerInitiativeAndHighlightsTheCriticalPath() {
        GanttChart chart = GanttChart.builder("Roadmap").periods("2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4")
                .task("ERP", 0, 2, true).task("Wi-Fi", 1, 3, false).task("DC exit", 2, 4, true).build();

        Document svg = assertWellFormedSvg(chart.toSvg("roadmap"), "Roadmap");

        List<Element> bars = byClass(svg, "gantt-bar");
        assertThat(bars).hasSize(3);
        assertThat(byClass(svg, "critical")).hasSize(2);
        assertThat(bars.get(1).getTextContent()).isEqualTo("Wi-Fi: 2027-Q2 to 2027-Q3");
        // bars of equal duration are equally wide, and each starts at its own quarter
        assertThat(width(bars.get(0))).isEqualTo(width(bars.get(1)));
        assertThat(x(bars.get(1))).isGreaterThan(x(bars.get(0)));
        assertThat(byClass(svg, "periods").get(0).getTextContent()).contains("2027-Q1", "2027-Q4");
    }

    private static double x(Element e) {
        return Double.parseDouble(e.getAttribute("x"));
    }

    private static double y(Element e) {
        return Double.parseDouble(e.getAttribute("y"));
    }

    private static double width(Element e) {
        return Double.parseDouble(e.getAttribute("width"));
    }

    private static double height(Element e) {
        return Double.parseDouble(e.getAttribute("height"));
    }
}
