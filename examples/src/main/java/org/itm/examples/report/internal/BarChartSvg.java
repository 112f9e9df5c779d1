package org.itm.examples.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.itm.examples.report.Bar;
import org.itm.examples.report.BarChart;
import org.itm.examples.report.Rag;
import org.itm.examples.report.Threshold;

/** Draws a {@link BarChart}. */
public final class BarChartSvg {

    private BarChartSvg() {
    }

    /** The chart as SVG. */
    public static String render(BarChart chart, String id) {
        List<Bar> bars = chart.bars();
        double[] values = new double[bars.size() + 1];
        for (int i = 0; i < bars.size(); i++) {
            values[i] = bars.get(i).value();
        }
        values[bars.size()] = chart.target().map(Threshold::value).orElse(bars.isEmpty() ? 0 : bars.get(0).value());
        Plot plot = Plot.standard(Svg.WIDTH, Svg.HEIGHT);
        Scale y = Scale.linear(values, chart.zeroBased(), plot.bottom(), plot.top());
        Svg svg = new Svg(id, chart.title(), describe(chart), Svg.WIDTH, Svg.HEIGHT);
        svg.yAxis(plot, y, chart.valueAxis(), Formats.ticks(chart.format(), y));

        List<LegendEntry> legend = new ArrayList<>();
        if (chart.target().isPresent()) {
            legend.add(new LegendEntry("Meets target", Rag.GREEN.colour(), LegendEntry.Kind.AREA));
            legend.add(new LegendEntry("Misses target", Rag.RED.colour(), LegendEntry.Kind.AREA));
            legend.add(new LegendEntry(chart.target().get().label(), Svg.INK, LegendEntry.Kind.DASHED));
        }
        svg.legend(plot, legend);

        double baselineValue = Math.max(y.lowest(), Math.min(0, y.highest()));
        double baseline = y.map(baselineValue);
        int n = Math.max(1, bars.size());
        double band = plot.width() / n;
        double barWidth = Math.min(64, band * 0.7);
        int maxChars = Math.max(3, (int) (band / 6.2));
        svg.group("bars", "Bars");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double cx = plot.left() + band * (i + 0.5);
            double top = y.map(bar.value());
            String fill = Svg.PALETTE.get(0);
            if (chart.target().isPresent()) {
                double t = chart.target().get().value();
                boolean meets = chart.higherIsBetter() ? bar.value() >= t : bar.value() <= t;
                fill = meets ? Rag.GREEN.colour() : Rag.RED.colour();
            }
            String value = Formats.value(chart.format(), bar.value());
            svg.rect(cx - barWidth / 2, Math.min(top, baseline), barWidth, Math.abs(baseline - top), fill, "bar",
                    bar.label() + ": " + value);
            double labelY = bar.value() >= baselineValue ? top - 4 : top + 12;
            svg.text(cx, labelY, "middle", Svg.INK, "", value);
            svg.text(cx, plot.bottom() + 16, "middle", Svg.INK, "", Text.clip(bar.label(), maxChars));
        }
        svg.endGroup();
        svg.line(plot.left(), baseline, plot.right(), baseline, Svg.INK, 1, "", "");
        if (chart.target().isPresent()) {
            Threshold t = chart.target().get();
            double ty = y.map(t.value());
            svg.line(plot.left(), ty, plot.right(), ty, Svg.INK, 1.5, "6 3", "target");
        }
        if (bars.isEmpty()) {
            svg.text((plot.left() + plot.right()) / 2, (plot.top() + plot.bottom()) / 2, "middle", Svg.INK, "",
                    "No data");
        }
        return svg.finish();
    }

    private static String describe(BarChart chart) {
        StringBuilder d = new StringBuilder("Bar chart of ").append(chart.bars().size()).append(" values");
        chart.target().ifPresent(t -> d.append(", target ").append(Formats.value(chart.format(), t.value())));
        d.append('.');
        return d.toString();
    }
}
