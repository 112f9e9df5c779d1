package org.itm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itm.examples.report.SvgAssertions.assertWellFormedSvg;
import static org.itm.examples.report.SvgAssertions.byClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Empty, single-point, constant and negative data must still give a valid drawing with finite numbers. */
class DegenerateInputsTest {

    @Test
    void emptyChartsSayNoDataInsteadOfFailing() {
        for (Chart chart : List.of(
                BarChart.builder("bars").build(),
                BarChart.builder("bars with target").target("t", 95).zeroBased(false).build(),
                LineChart.builder("lines").build(),
                LineChart.builder("empty series").series("s", List.of()).band(new Band("b", List.of())).build(),
                LineChart.builder("log").logX(true).step(true).build(),
                LineChart.builder("dates").xFormat(ValueFormat.DATE).build(),
                ControlChart.builder("spc").limits(0, 0, 0).build(),
                ScatterChart.builder("scatter").build(),
                GanttChart.builder("gantt").periods("Q1").build())) {
            String svg = chart.toSvg("c");
            assertWellFormedSvg(svg, chart.title());
            if (!(chart instanceof GanttChart)) {
                assertThat(svg).as(chart.title()).contains(">No data<");
            }
        }
    }

    @Test
    void singlePointsGetAUsableRange() {
        List<Chart> charts = List.of(
                BarChart.builder("bar").bar("only", 42).build(),
                LineChart.builder("line").series("s", List.of(new Point(5, 7))).build(),
                LineChart.builder("log").logX(true).series("s", List.of(new Point(1000, 0.5))).build(),
                LineChart.builder("date").xFormat(ValueFormat.DATE).series("s", List.of(new Point(20000, 1))).build(),
                ControlChart.builder("spc").limits(3, 3, 3).point("only", 3).build(),
                ScatterChart.builder("scatter").chosen("only", 1, 1).build(),
                HeatMap.builder("heat").x("L", "1").y("I", "1").row(0).build(),
                GanttChart.builder("gantt").periods("Q1").task("t", 0, 1, false).build());
        for (Chart chart : charts) {
            Document svg = assertWellFormedSvg(chart.toSvg("c"), chart.title());
            assertThat(svg.getDocumentElement().getTextContent()).as(chart.title()).doesNotContain("No data");
        }
    }

    @Test
    void allEqualValuesStillGetDistinctTicks() {
        LineChart chart = LineChart.builder("flat").series("s", List.of(new Point(1, 5), new Point(1, 5),
                new Point(1, 5))).build();

        Document svg = assertWellFormedSvg(chart.toSvg("flat"), "flat");

        String yTicks = byClass(svg, "y-axis").get(0).getTextContent();
        assertThat(yTicks).contains("4.6", "5.0", "5.4");
        assertThat(byClass(svg, "point")).hasSize(3);
    }

    @Test
    void allZeroValuesGetAZeroToOneRange() {
        BarChart chart = BarChart.builder("zeros").bar("a", 0).bar("b", 0).build();

        Document svg = assertWellFormedSvg(chart.toSvg("z"), "zeros");

        assertThat(byClass(svg, "y-axis").get(0).getTextContent()).contains("0", "1");
        assertThat(byClass(svg, "bar")).hasSize(2)
                .allSatisfy(bar -> assertThat(Double.parseDouble(bar.getAttribute("height"))).isZero());
    }

    @Test
    void negativeValuesAreDrawnBelowZero() {
        LineChart chart = LineChart.builder("negative").series("s", List.of(new Point(-10, -5), new Point(0, -1),
                new Point(10, -20))).threshold("floor", -15).build();
        ControlChart spc = ControlChart.builder("negative spc").limits(-10, -2, -18).point("a", -9).point("b", -25)
                .signal(1).build();
        ScatterChart scatter = ScatterChart.builder("negative scatter").candidate("a", -3, -4).candidate("b", -1, 2)
                .build();

        for (Chart c : List.<Chart>of(chart, spc, scatter)) {
            Document svg = assertWellFormedSvg(c.toSvg("n"), c.title());
            assertThat(svg.getDocumentElement().getTextContent()).contains("-");
        }
        assertThat(byClass(assertWellFormedSvg(chart.toSvg("n"), "negative"), "x-axis").get(0).getTextContent())
                .contains("-10", "0", "10");
    }

    @Test
    void logAxisWithOnlyNonPositiveValuesFallsBackToOneDecade() {
        LineChart chart = LineChart.builder("log").logX(true).series("s", List.of(new Point(0, 1), new Point(-5, 2)))
                .marker("m", -1).build();

        Document svg = assertWellFormedSvg(chart.toSvg("log"), "log");

        assertThat(byClass(svg, "point")).isEmpty();
        assertThat(byClass(svg, "x-axis").get(0).getTextContent()).contains("1", "10");
    }

    @Test
    void extremeMagnitudesStayFinite() {
        LineChart chart = LineChart.builder("extreme").series("s", List.of(new Point(-Double.MAX_VALUE, Double.MAX_VALUE),
                new Point(Double.MAX_VALUE, -Double.MAX_VALUE), new Point(Double.MIN_VALUE, 1e-300))).build();
        LineChart log = LineChart.builder("extreme log").logX(true)
                .series("s", List.of(new Point(Double.MIN_VALUE, 1), new Point(Double.MAX_VALUE, 0))).build();

        assertWellFormedSvg(chart.toSvg("e"), "extreme");
        assertWellFormedSvg(log.toSvg("e"), "extreme log");
    }

    @Test
    void aReportWithoutSectionsIsStillAValidDocument() {
        String html = HtmlReport.builder().title("Empty").build().render();

        Document doc = SvgAssertions.parse(html);

        assertThat(doc.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo("Empty");
        assertThat(doc.getElementsByTagName("nav").getLength()).isZero();
    }
}
