package org.itm.examples.report.internal;

import java.util.List;
import org.itm.examples.report.HeatMap;

/** Draws a {@link HeatMap}. */
public final class HeatMapSvg {

    private static final String[] ZONE_NAMES = {"Low", "Medium", "High", "Critical"};
    private static final String[] ZONE_COLOURS = {"#5cb85c", "#f7d154", "#f39c3d", "#d9534f"};

    private HeatMapSvg() {
    }

    /** The chart as SVG. */
    public static String render(HeatMap map, String id) {
        int cols = map.xLabels().size();
        int rows = map.yLabels().size();
        double height = Svg.HEIGHT + 30;
        Plot plot = new Plot(150, 40, Svg.WIDTH - 170, height - 56);
        double cw = plot.width() / cols;
        double ch = plot.height() / rows;
        int total = map.counts().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
        Svg svg = new Svg(id, map.title(), "Heat map of " + rows + " by " + cols + " cells holding " + total
                + " items; colour shows the severity zone, the number the count.", Svg.WIDTH, height);
        svg.group("cells", "Cells");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int count = map.counts().get(r).get(c);
                int zone = zone(r, c, rows, cols);
                double x = plot.left() + c * cw;
                double y = plot.bottom() - (r + 1) * ch;
                svg.outlinedRect(x, y, cw, ch, ZONE_COLOURS[zone], "#ffffff", 2, "cell",
                        map.yAxis() + " " + map.yLabels().get(r) + ", " + map.xAxis() + " " + map.xLabels().get(c)
                                + ": " + count + " (" + ZONE_NAMES[zone] + ")");
                if (count > 0) {
                    svg.text(x + cw / 2, y + ch / 2 + 6, "middle", "#1a1a1a", "bold", Integer.toString(count));
                }
            }
        }
        svg.endGroup();
        int maxX = Math.max(3, (int) (cw / 6.2));
        svg.group("axis x-axis", "");
        for (int c = 0; c < cols; c++) {
            svg.text(plot.left() + (c + 0.5) * cw, plot.bottom() + 16, "middle", Svg.INK, "",
                    Text.clip(map.xLabels().get(c), maxX));
        }
        svg.text((plot.left() + plot.right()) / 2, plot.bottom() + 36, "middle", Svg.INK, "bold", map.xAxis());
        svg.endGroup();
        svg.group("axis y-axis", "");
        for (int r = 0; r < rows; r++) {
            svg.text(plot.left() - 8, plot.bottom() - (r + 0.5) * ch + 4, "end", Svg.INK, "",
                    Text.clip(map.yLabels().get(r), 18));
        }
        svg.rotatedText(24, (plot.top() + plot.bottom()) / 2, -90, "middle", map.yAxis());
        svg.endGroup();
        svg.group("legend", "Severity zones");
        double lx = plot.right() + 24;
        svg.text(lx, plot.top() + 4, "start", Svg.INK, "bold", "Severity");
        for (int z = ZONE_NAMES.length - 1; z >= 0; z--) {
            double ly = plot.top() + 16 + (ZONE_NAMES.length - 1 - z) * 24;
            svg.rect(lx, ly, 18, 18, ZONE_COLOURS[z], "", "");
            svg.text(lx + 24, ly + 13, "start", Svg.INK, "", ZONE_NAMES[z]);
        }
        svg.endGroup();
        return svg.finish();
    }

    /** The severity zone of a cell from the product of its ranks relative to the largest product. */
    static int zone(int row, int col, int rows, int cols) {
        double score = (double) (row + 1) * (col + 1) / ((double) rows * cols);
        if (score <= 0.16) {
            return 0;
        }
        if (score <= 0.36) {
            return 1;
        }
        if (score <= 0.6) {
            return 2;
        }
        return 3;
    }
}
