package org.itm.examples.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.itm.examples.report.LabelledPoint;
import org.itm.examples.report.Point;
import org.itm.examples.report.ScatterChart;

/** Draws a {@link ScatterChart}. */
public final class ScatterChartSvg {

    private static final String CANDIDATE_COLOUR = "#8c8c8c";
    private static final String FRONTIER_COLOUR = "#0072b2";
    private static final String CHOSEN_COLOUR = "#d55e00";

    private ScatterChartSvg() {
    }

    /** The chart as SVG. */
    public static String render(ScatterChart chart, String id) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        chart.candidates().forEach(p -> {
            xs.add(p.x());
            ys.add(p.y());
        });
        chart.frontier().forEach(p -> {
            xs.add(p.x());
            ys.add(p.y());
        });
        chart.chosen().ifPresent(p -> {
            xs.add(p.x());
            ys.add(p.y());
        });
        Plot plot = Plot.standard(Svg.WIDTH, Svg.HEIGHT);
        Scale x = Scale.linear(xs.stream().mapToDouble(Double::doubleValue).toArray(), false, plot.left(),
                plot.right());
        Scale y = Scale.linear(ys.stream().mapToDouble(Double::doubleValue).toArray(), false, plot.bottom(),
                plot.top());
        Svg svg = new Svg(id, chart.title(), describe(chart), Svg.WIDTH, Svg.HEIGHT);
        svg.yAxis(plot, y, chart.yAxis(), Formats.ticks(chart.yFormat(), y));
        svg.xAxis(plot, x, chart.xAxis(), Formats.ticks(chart.xFormat(), x));

        svg.group("candidates", "Candidates");
        for (LabelledPoint p : chart.candidates()) {
            svg.circle(x.map(p.x()), y.map(p.y()), 3, CANDIDATE_COLOUR, "none", "point", tip(chart, p));
        }
        svg.endGroup();

        List<Point> frontier = new ArrayList<>(chart.frontier());
        frontier.sort(Comparator.comparingDouble(Point::x));
        PathData d = new PathData();
        for (int i = 0; i < frontier.size(); i++) {
            double px = x.map(frontier.get(i).x());
            double py = y.map(frontier.get(i).y());
            if (i == 0) {
                d.moveTo(px, py);
            } else {
                if (chart.stepFrontier()) {
                    d.lineTo(px, y.map(frontier.get(i - 1).y()));
                }
                d.lineTo(px, py);
            }
        }
        svg.group("frontier", "Frontier");
        svg.path(d, "none", FRONTIER_COLOUR, 2.5, "", 0, "line");
        for (Point p : frontier) {
            svg.circle(x.map(p.x()), y.map(p.y()), 3.5, FRONTIER_COLOUR, "#ffffff", "frontier-point",
                    "Frontier: " + Formats.value(chart.xFormat(), p.x()) + ", " + Formats.value(chart.yFormat(), p.y()));
        }
        svg.endGroup();

        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry("Candidates", CANDIDATE_COLOUR, LegendEntry.Kind.MARKER));
        legend.add(new LegendEntry("Efficient frontier", FRONTIER_COLOUR, LegendEntry.Kind.LINE));
        chart.chosen().ifPresent(p -> {
            double cx = x.map(p.x());
            double cy = y.map(p.y());
            svg.circle(cx, cy, 7, CHOSEN_COLOUR, "#000000", "highlight", tip(chart, p));
            boolean leftHalf = cx < (plot.left() + plot.right()) / 2;
            svg.text(leftHalf ? cx + 12 : cx - 12, cy - 10, leftHalf ? "start" : "end", CHOSEN_COLOUR, "bold",
                    p.label());
            legend.add(new LegendEntry(p.label(), CHOSEN_COLOUR, LegendEntry.Kind.MARKER));
        });
        svg.legend(plot, legend);
        if (xs.isEmpty()) {
            svg.text((plot.left() + plot.right()) / 2, (plot.top() + plot.bottom()) / 2, "middle", Svg.INK, "",
                    "No data");
        }
        return svg.finish();
    }

    private static String tip(ScatterChart chart, LabelledPoint p) {
        return p.label() + ": " + Formats.value(chart.xFormat(), p.x()) + ", " + Formats.value(chart.yFormat(), p.y());
    }

    private static String describe(ScatterChart chart) {
        StringBuilder d = new StringBuilder("Scatter chart of ").append(chart.candidates().size())
                .append(" candidates and a frontier of ").append(chart.frontier().size()).append(" points");
        chart.chosen().ifPresent(p -> d.append("; chosen: ").append(p.label()).append(" at ")
                .append(Formats.value(chart.xFormat(), p.x())).append(", ")
                .append(Formats.value(chart.yFormat(), p.y())));
        return d.append('.').toString();
    }
}
