package org.itm.examples.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;
import org.itm.examples.report.Band;
import org.itm.examples.report.BandPoint;
import org.itm.examples.report.LineChart;
import org.itm.examples.report.Point;
import org.itm.examples.report.Series;
import org.itm.examples.report.Threshold;
import org.itm.examples.report.ValueFormat;

/** Draws a {@link LineChart}. */
public final class LineChartSvg {

    private static final String THRESHOLD_COLOUR = "#b3261e";
    private static final String MARKER_COLOUR = "#555555";

    private LineChartSvg() {
    }

    /** The chart as SVG. */
    public static String render(LineChart chart, String id) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Series s : chart.series()) {
            for (Point p : visible(chart, s.points())) {
                xs.add(p.x());
                ys.add(p.y());
            }
        }
        for (Band b : chart.bands()) {
            for (BandPoint p : b.points()) {
                if (!chart.logX() || p.x() > 0) {
                    xs.add(p.x());
                    ys.add(p.lower());
                    ys.add(p.upper());
                }
            }
        }
        chart.thresholds().forEach(t -> ys.add(t.value()));
        chart.markers().stream().filter(m -> !chart.logX() || m.value() > 0).forEach(m -> xs.add(m.value()));

        Plot plot = Plot.standard(Svg.WIDTH, Svg.HEIGHT);
        Scale x;
        if (chart.logX()) {
            x = Scale.log10(toArray(xs), plot.left(), plot.right());
        } else if (chart.xFormat() == ValueFormat.DATE) {
            x = Scale.dates(toArray(xs), plot.left(), plot.right());
        } else {
            x = Scale.linear(toArray(xs), false, plot.left(), plot.right());
        }
        Scale y = Scale.linear(toArray(ys), false, plot.bottom(), plot.top());
        Svg svg = new Svg(id, chart.title(), describe(chart), Svg.WIDTH, Svg.HEIGHT);
        svg.yAxis(plot, y, chart.yAxis(), Formats.ticks(chart.yFormat(), y));
        svg.xAxis(plot, x, chart.xAxis(), Formats.ticks(chart.xFormat(), x));

        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < chart.bands().size(); i++) {
            Band band = chart.bands().get(i);
            String colour = bandColour(i);
            legend.add(new LegendEntry(band.name(), colour, LegendEntry.Kind.AREA));
            svg.path(bandPath(chart, band, x, y), colour, "none", 0, "", 0.35, "band");
        }
        for (Threshold t : chart.thresholds()) {
            double ty = y.map(t.value());
            svg.line(plot.left(), ty, plot.right(), ty, THRESHOLD_COLOUR, 1.5, "6 3", "threshold");
            svg.text(plot.left() + 6, ty - 5, "start", THRESHOLD_COLOUR, "bold",
                    t.label() + " (" + Formats.value(chart.yFormat(), t.value()) + ")");
        }
        for (Threshold m : chart.markers()) {
            if (chart.logX() && m.value() <= 0) {
                continue;
            }
            double mx = x.map(m.value());
            svg.line(mx, plot.top(), mx, plot.bottom(), MARKER_COLOUR, 1, "2 3", "marker");
            svg.text(mx + 4, plot.top() + 12, "start", MARKER_COLOUR, "", m.label());
        }
        DoubleFunction<String> fx = v -> Formats.value(chart.xFormat(), v);
        DoubleFunction<String> fy = v -> Formats.value(chart.yFormat(), v);
        for (int i = 0; i < chart.series().size(); i++) {
            Series s = chart.series().get(i);
            String colour = Svg.PALETTE.get(i % Svg.PALETTE.size());
            legend.add(new LegendEntry(s.name(), colour, LegendEntry.Kind.LINE));
            List<Point> points = visible(chart, s.points());
            svg.group("series", s.name());
            svg.path(linePath(points, x, y, chart.step()), "none", colour, 2.5, "", 0, "line");
            if (chart.showPoints()) {
                for (Point p : points) {
                    svg.circle(x.map(p.x()), y.map(p.y()), 3, colour, "#ffffff", "point",
                            s.name() + ": " + fx.apply(p.x()) + ", " + fy.apply(p.y()));
                }
            }
            svg.endGroup();
        }
        chart.thresholds().forEach(t -> legend.add(new LegendEntry(t.label(), THRESHOLD_COLOUR,
                LegendEntry.Kind.DASHED)));
        svg.legend(plot, legend);
        if (xs.isEmpty()) {
            svg.text((plot.left() + plot.right()) / 2, (plot.top() + plot.bottom()) / 2, "middle", Svg.INK, "",
                    "No data");
        }
        return svg.finish();
    }

    static String bandColour(int i) {
        return i == 0 ? "#9ecae1" : "#c7e9c0";
    }

    private static List<Point> visible(LineChart chart, List<Point> points) {
        List<Point> sorted = new ArrayList<>();
        for (Point p : points) {
            if (!chart.logX() || p.x() > 0) {
                sorted.add(p);
            }
        }
        sorted.sort(Comparator.comparingDouble(Point::x));
        return sorted;
    }

    private static PathData linePath(List<Point> points, Scale x, Scale y, boolean step) {
        PathData d = new PathData();
        for (int i = 0; i < points.size(); i++) {
            double px = x.map(points.get(i).x());
            double py = y.map(points.get(i).y());
            if (i == 0) {
                d.moveTo(px, py);
            } else {
                if (step) {
                    d.lineTo(px, y.map(points.get(i - 1).y()));
                }
                d.lineTo(px, py);
            }
        }
        return d;
    }

    private static PathData bandPath(LineChart chart, Band band, Scale x, Scale y) {
        List<BandPoint> points = new ArrayList<>();
        for (BandPoint p : band.points()) {
            if (!chart.logX() || p.x() > 0) {
                points.add(p);
            }
        }
        points.sort(Comparator.comparingDouble(BandPoint::x));
        PathData d = new PathData();
        if (points.isEmpty()) {
            return d;
        }
        for (int i = 0; i < points.size(); i++) {
            BandPoint p = points.get(i);
            if (i == 0) {
                d.moveTo(x.map(p.x()), y.map(p.upper()));
            } else {
                d.lineTo(x.map(p.x()), y.map(p.upper()));
            }
        }
        for (int i = points.size() - 1; i >= 0; i--) {
            BandPoint p = points.get(i);
            d.lineTo(x.map(p.x()), y.map(p.lower()));
        }
        return d.close();
    }

    private static double[] toArray(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }

    private static String describe(LineChart chart) {
        StringBuilder d = new StringBuilder("Line chart with ").append(chart.series().size()).append(" series");
        if (!chart.bands().isEmpty()) {
            d.append(", ").append(chart.bands().size()).append(" shaded band(s)");
        }
        for (Threshold t : chart.thresholds()) {
            d.append(", ").append(t.label()).append(" at ").append(Formats.value(chart.yFormat(), t.value()));
        }
        if (chart.logX()) {
            d.append(", logarithmic x axis");
        }
        return d.append('.').toString();
    }
}
