package org.itm.examples.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.itm.examples.report.ControlChart;
import org.itm.examples.report.ValueFormat;

/** Draws a {@link ControlChart}. */
public final class ControlChartSvg {

    private static final String VALUE_COLOUR = "#0072b2";
    private static final String LIMIT_COLOUR = "#b3261e";
    private static final String CENTRE_COLOUR = "#009e73";
    private static final String SIGNAL_COLOUR = "#d55e00";

    private ControlChartSvg() {
    }

    /** The chart as SVG. */
    public static String render(ControlChart chart, String id) {
        List<Double> values = chart.values();
        double[] all = new double[values.size() + 3];
        for (int i = 0; i < values.size(); i++) {
            all[i] = values.get(i);
        }
        all[values.size()] = chart.centre();
        all[values.size() + 1] = chart.upperLimit();
        all[values.size() + 2] = chart.lowerLimit();
        Plot plot = Plot.standard(Svg.WIDTH, Svg.HEIGHT);
        Scale y = Scale.linear(all, false, plot.bottom(), plot.top());
        Svg svg = new Svg(id, chart.title(), describe(chart), Svg.WIDTH, Svg.HEIGHT);
        svg.yAxis(plot, y, chart.yAxis(), Formats.ticks(ValueFormat.NUMBER, y));
        svg.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), Svg.INK, 1, "", "");

        int n = values.size();
        double band = plot.width() / Math.max(1, n);
        int widest = chart.labels().stream().mapToInt(String::length).max().orElse(1);
        int every = Math.max(1, (int) Math.ceil((Text.width("M") * Math.min(widest, 12) + 8) / band));
        svg.group("axis x-axis", "");
        for (int i = 0; i < n; i += every) {
            double cx = plot.left() + band * (i + 0.5);
            svg.line(cx, plot.bottom(), cx, plot.bottom() + 4, Svg.INK, 1, "", "");
            svg.text(cx, plot.bottom() + 16, "middle", Svg.INK, "", Text.clip(chart.labels().get(i), 12));
        }
        svg.endGroup();

        limit(svg, plot, y, chart.upperLimit(), "UCL", LIMIT_COLOUR, "6 3", "limit ucl");
        limit(svg, plot, y, chart.lowerLimit(), "LCL", LIMIT_COLOUR, "6 3", "limit lcl");
        limit(svg, plot, y, chart.centre(), "CL", CENTRE_COLOUR, "", "centre");

        PathData d = new PathData();
        for (int i = 0; i < n; i++) {
            double cx = plot.left() + band * (i + 0.5);
            if (i == 0) {
                d.moveTo(cx, y.map(values.get(i)));
            } else {
                d.lineTo(cx, y.map(values.get(i)));
            }
        }
        svg.group("series", "Values");
        svg.path(d, "none", VALUE_COLOUR, 2, "", 0, "line");
        for (int i = 0; i < n; i++) {
            double cx = plot.left() + band * (i + 0.5);
            boolean signal = chart.signals().contains(i);
            String tip = chart.labels().get(i) + ": " + Fmt.auto(values.get(i)) + (signal ? " (signal)" : "");
            if (signal) {
                svg.circle(cx, y.map(values.get(i)), 5.5, SIGNAL_COLOUR, "#000000", "point signal", tip);
            } else {
                svg.circle(cx, y.map(values.get(i)), 3, VALUE_COLOUR, "#ffffff", "point", tip);
            }
        }
        svg.endGroup();
        svg.legend(plot, List.of(
                new LegendEntry("Value", VALUE_COLOUR, LegendEntry.Kind.LINE),
                new LegendEntry("Centre line", CENTRE_COLOUR, LegendEntry.Kind.LINE),
                new LegendEntry("Natural process limits", LIMIT_COLOUR, LegendEntry.Kind.DASHED),
                new LegendEntry("Signal", SIGNAL_COLOUR, LegendEntry.Kind.MARKER)));
        if (n == 0) {
            svg.text((plot.left() + plot.right()) / 2, (plot.top() + plot.bottom()) / 2, "middle", Svg.INK, "",
                    "No data");
        }
        return svg.finish();
    }

    private static void limit(Svg svg, Plot plot, Scale y, double value, String name, String colour, String dash,
            String cssClass) {
        double ly = y.map(value);
        svg.line(plot.left(), ly, plot.right(), ly, colour, 1.5, dash, cssClass);
        svg.text(plot.right() - 4, ly - 4, "end", colour, "bold", name + " " + Fmt.auto(value));
    }

    private static String describe(ControlChart chart) {
        List<String> signalLabels = new ArrayList<>();
        for (int i : chart.sortedSignals()) {
            signalLabels.add(chart.labels().get(i));
        }
        return "Control chart of " + chart.values().size() + " points, centre line " + Fmt.auto(chart.centre())
                + ", upper limit " + Fmt.auto(chart.upperLimit()) + ", lower limit " + Fmt.auto(chart.lowerLimit())
                + (signalLabels.isEmpty() ? ", no signals." : ", signals at " + String.join(", ", signalLabels) + ".");
    }
}
