package org.itm.examples.report.internal;

import java.util.List;
import org.itm.examples.report.GanttChart;
import org.itm.examples.report.GanttTask;

/** Draws a {@link GanttChart}. */
public final class GanttChartSvg {

    private static final double ROW = 24;
    private static final String CRITICAL_COLOUR = "#d55e00";
    private static final String TASK_COLOUR = "#56b4e9";

    private GanttChartSvg() {
    }

    /** The chart as SVG. */
    public static String render(GanttChart chart, String id) {
        List<GanttTask> tasks = chart.tasks();
        int rows = Math.max(1, tasks.size());
        double height = 56 + rows * ROW + 16;
        Plot plot = new Plot(220, 56, Svg.WIDTH - 20, 56 + rows * ROW);
        int periods = chart.periods().size();
        double pw = plot.width() / periods;
        long critical = tasks.stream().filter(GanttTask::critical).count();
        Svg svg = new Svg(id, chart.title(), "Gantt chart of " + tasks.size() + " initiatives over " + periods
                + " periods; " + critical + " on the critical path.", Svg.WIDTH, height);
        svg.group("axis periods", "");
        int maxChars = Math.max(3, (int) (pw / 6.2));
        for (int p = 0; p < periods; p++) {
            double x = plot.left() + p * pw;
            if (p % 2 == 1) {
                svg.rect(x, plot.top(), pw, plot.height(), "#f5f7fa", "", "");
            }
            svg.line(x, plot.top() - 6, x, plot.bottom(), Svg.GRID, 1, "", "");
            svg.text(x + pw / 2, plot.top() - 10, "middle", Svg.INK, "bold", Text.clip(chart.periods().get(p),
                    maxChars));
        }
        svg.line(plot.right(), plot.top() - 6, plot.right(), plot.bottom(), Svg.GRID, 1, "", "");
        svg.endGroup();
        svg.group("tasks", "Initiatives");
        for (int i = 0; i < tasks.size(); i++) {
            GanttTask t = tasks.get(i);
            double y = plot.top() + i * ROW;
            svg.text(plot.left() - 8, y + ROW / 2 + 4, "end", Svg.INK, t.critical() ? "bold" : "",
                    Text.clip(t.label(), 32));
            String cls = t.critical() ? "gantt-bar critical" : "gantt-bar";
            String tip = t.label() + ": " + chart.periods().get((int) Math.floor(t.start())) + " to "
                    + chart.periods().get(Math.max(0, (int) Math.ceil(t.end()) - 1))
                    + (t.critical() ? " (critical path)" : "");
            svg.outlinedRect(plot.left() + t.start() * pw + 1, y + 4, (t.end() - t.start()) * pw - 2, ROW - 8,
                    t.critical() ? CRITICAL_COLOUR : TASK_COLOUR, t.critical() ? "#7a2e00" : "#2a7fb0",
                    t.critical() ? 1.5 : 1, cls, tip);
        }
        svg.endGroup();
        if (tasks.isEmpty()) {
            svg.text((plot.left() + plot.right()) / 2, plot.top() + ROW / 2 + 4, "middle", Svg.INK, "", "No data");
        }
        svg.legend(new Plot(plot.left(), 22, plot.right(), plot.bottom()), List.of(
                new LegendEntry("Critical path", CRITICAL_COLOUR, LegendEntry.Kind.AREA),
                new LegendEntry("Other initiatives", TASK_COLOUR, LegendEntry.Kind.AREA)));
        return svg.finish();
    }
}
