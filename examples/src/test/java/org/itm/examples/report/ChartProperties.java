package org.itm.examples.report;

import static org.itm.examples.report.SvgAssertions.assertWellFormedSvg;
import static org.itm.examples.report.SvgAssertions.byClass;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Whatever finite data comes in, every chart is well-formed, has no NaN, and keeps its marks in the plot. */
class ChartProperties {

    @Property(tries = 150)
    void lineChartsAreWellFormedForAnyFiniteData(@ForAll("points") @Size(max = 30) List<Point> points,
            @ForAll boolean step, @ForAll boolean logX) {
        LineChart chart = LineChart.builder("any").series("s", points).step(step).logX(logX).build();

        Document svg = assertWellFormedSvg(chart.toSvg("p"), "any");

        long visible = points.stream().filter(p -> !logX || p.x() > 0).count();
        assertThat(byClass(svg, "point")).hasSize((int) visible).allSatisfy(ChartProperties::insidePlot);
    }

    @Property(tries = 150)
    void barChartsAreWellFormedForAnyFiniteData(@ForAll("values") @Size(max = 20) List<Double> values,
            @ForAll boolean zeroBased) {
        BarChart.Builder b = BarChart.builder("any").zeroBased(zeroBased);
        for (int i = 0; i < values.size(); i++) {
            b.bar("b" + i, values.get(i));
        }

        Document svg = assertWellFormedSvg(b.build().toSvg("b"), "any");

        assertThat(byClass(svg, "bar")).hasSize(values.size()).allSatisfy(bar -> {
            assertThat(Double.parseDouble(bar.getAttribute("y"))).isBetween(0.0, 380.0);
            assertThat(Double.parseDouble(bar.getAttribute("height"))).isBetween(0.0, 380.0);
        });
    }

    @Property(tries = 100)
    void controlChartsAreWellFormedForAnyFiniteData(@ForAll("values") @Size(max = 30) List<Double> values) {
        ControlChart.Builder b = ControlChart.builder("any");
        double centre = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        b.limits(centre, centre + 10, centre - 10);
        for (int i = 0; i < values.size(); i++) {
            b.point("p" + i, values.get(i));
        }

        Document svg = assertWellFormedSvg(b.build().toSvg("c"), "any");

        assertThat(byClass(svg, "point")).hasSize(values.size()).allSatisfy(ChartProperties::insidePlot);
    }

    @Provide
    Arbitrary<List<Point>> points() {
        return Arbitraries.doubles().ofScale(4).between(-1e9, 1e9).withSpecialValue(0.0).withSpecialValue(1e-9)
                .tuple2().map(t -> new Point(t.get1(), t.get2())).list().map(ArrayList::new);
    }

    @Provide
    Arbitrary<List<Double>> values() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e12, 1e12), Arbitraries.just(0.0),
                Arbitraries.just(7.0), Arbitraries.doubles().ofScale(9).between(-1e-6, 1e-6)).list();
    }

    private static void insidePlot(Element point) {
        assertThat(Double.parseDouble(point.getAttribute("cx"))).isBetween(0.0, 760.0);
        assertThat(Double.parseDouble(point.getAttribute("cy"))).isBetween(0.0, 380.0);
    }
}
