package org.itm.examples.report.internal;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Writes one inline SVG drawing: presentation attributes inline (so the fragment stands alone), every text
 * escaped, every coordinate checked to be finite. Class names mark the data marks so tests can count them.
 */
public final class Svg {

    /** Width of every chart in SVG user units; the page scales it to the column width. */
    public static final double WIDTH = 760;
    /** Default height of a chart in SVG user units. */
    public static final double HEIGHT = 360;

    /** A series colour palette readable by most colour-blind viewers (Okabe–Ito order). */
    public static final List<String> PALETTE = List.of(
            "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000");

    /** The colour of text and axes. */
    public static final String INK = "#333333";
    /** The colour of grid lines. */
    public static final String GRID = "#e3e3e3";

    private final StringBuilder out = new StringBuilder(4096);
    private boolean finished;

    /** Opens an SVG of the given size whose accessible name is {@code title}. */
    public Svg(String id, String title, String description, double width, double height) {
        String titleId = id + "-title";
        String descId = id + "-desc";
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(Xml.escape(id))
                .append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(Fmt.coord(width)).append(' ')
                .append(Fmt.coord(height)).append("\" width=\"").append(Fmt.coord(width)).append("\" height=\"")
                .append(Fmt.coord(height)).append("\" aria-label=\"").append(Xml.escape(title))
                .append("\" aria-labelledby=\"").append(Xml.escape(titleId)).append("\" aria-describedby=\"")
                .append(Xml.escape(descId)).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        out.append("<title id=\"").append(Xml.escape(titleId)).append("\">").append(Xml.escape(title))
                .append("</title>\n");
        out.append("<desc id=\"").append(Xml.escape(descId)).append("\">").append(Xml.escape(description))
                .append("</desc>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(Fmt.coord(width)).append("\" height=\"")
                .append(Fmt.coord(height)).append("\" fill=\"#ffffff\"/>\n");
    }

    /** A straight line. {@code dash} may be empty for a solid line. */
    public Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash,
            String cssClass) {
        out.append("<line");
        cls(cssClass);
        out.append(" x1=\"").append(Fmt.coord(x1)).append("\" y1=\"").append(Fmt.coord(y1))
                .append("\" x2=\"").append(Fmt.coord(x2)).append("\" y2=\"").append(Fmt.coord(y2))
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(Fmt.coord(width))
                .append('"');
        if (!dash.isEmpty()) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>\n");
        return this;
    }

    /** A filled rectangle with an optional tooltip ({@code tooltip} empty for none). */
    public Svg rect(double x, double y, double w, double h, String fill, String cssClass, String tooltip) {
        out.append("<rect");
        cls(cssClass);
        out.append(" x=\"").append(Fmt.coord(x)).append("\" y=\"").append(Fmt.coord(y))
                .append("\" width=\"").append(Fmt.coord(Math.max(0, w))).append("\" height=\"")
                .append(Fmt.coord(Math.max(0, h))).append("\" fill=\"").append(fill).append('"');
        close(tooltip, "rect");
        return this;
    }

    /** A rectangle with an outline. */
    public Svg outlinedRect(double x, double y, double w, double h, String fill, String stroke, double strokeWidth,
            String cssClass, String tooltip) {
        out.append("<rect");
        cls(cssClass);
        out.append(" x=\"").append(Fmt.coord(x)).append("\" y=\"").append(Fmt.coord(y))
                .append("\" width=\"").append(Fmt.coord(Math.max(0, w))).append("\" height=\"")
                .append(Fmt.coord(Math.max(0, h))).append("\" fill=\"").append(fill).append("\" stroke=\"")
                .append(stroke).append("\" stroke-width=\"").append(Fmt.coord(strokeWidth)).append('"');
        close(tooltip, "rect");
        return this;
    }

    /** A circle marker with an optional tooltip. */
    public Svg circle(double cx, double cy, double r, String fill, String stroke, String cssClass, String tooltip) {
        out.append("<circle");
        cls(cssClass);
        out.append(" cx=\"").append(Fmt.coord(cx)).append("\" cy=\"").append(Fmt.coord(cy)).append("\" r=\"")
                .append(Fmt.coord(r)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"1.5\"");
        close(tooltip, "circle");
        return this;
    }

    /** A path; {@code fill} "none" for an open line. */
    public Svg path(PathData d, String fill, String stroke, double width, String dash, double fillOpacity,
            String cssClass) {
        if (d.isEmpty()) {
            return this;
        }
        out.append("<path");
        cls(cssClass);
        out.append(" d=\"").append(d).append("\" fill=\"").append(fill).append('"');
        if (!"none".equals(fill)) {
            out.append(" fill-opacity=\"").append(Fmt.plain(fillOpacity, 2)).append('"');
        }
        out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(Fmt.coord(width)).append('"');
        if (!dash.isEmpty()) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append(" stroke-linejoin=\"round\"/>\n");
        return this;
    }

    /** A text label; {@code anchor} is start, middle or end. */
    public Svg text(double x, double y, String anchor, String fill, String weight, String text) {
        out.append("<text x=\"").append(Fmt.coord(x)).append("\" y=\"").append(Fmt.coord(y))
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(fill).append('"');
        if (!weight.isEmpty()) {
            out.append(" font-weight=\"").append(weight).append('"');
        }
        out.append('>').append(Xml.escape(text)).append("</text>\n");
        return this;
    }

    /** A text label rotated by {@code degrees} around its anchor point. */
    public Svg rotatedText(double x, double y, double degrees, String anchor, String text) {
        out.append("<text x=\"").append(Fmt.coord(x)).append("\" y=\"").append(Fmt.coord(y))
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(INK)
                .append("\" transform=\"rotate(").append(Fmt.coord(degrees)).append(' ').append(Fmt.coord(x))
                .append(' ').append(Fmt.coord(y)).append(")\">").append(Xml.escape(text)).append("</text>\n");
        return this;
    }

    /** Opens a group, e.g. to mark the data marks of one series. */
    public Svg group(String cssClass, String label) {
        out.append("<g");
        cls(cssClass);
        if (!label.isEmpty()) {
            out.append(" aria-label=\"").append(Xml.escape(label)).append('"');
        }
        out.append(">\n");
        return this;
    }

    /** Closes the innermost group. */
    public Svg endGroup() {
        out.append("</g>\n");
        return this;
    }

    /** Draws a y axis with grid lines, tick labels and a rotated axis title left of the plot. */
    public Svg yAxis(Plot plot, Scale scale, String title, DoubleFunction<String> label) {
        group("axis y-axis", "");
        for (double t : scale.ticks()) {
            double y = scale.map(t);
            line(plot.left(), y, plot.right(), y, GRID, 1, "", "");
            line(plot.left() - 4, y, plot.left(), y, INK, 1, "", "");
            text(plot.left() - 7, y + 4, "end", INK, "", label.apply(t));
        }
        line(plot.left(), plot.top(), plot.left(), plot.bottom(), INK, 1, "", "");
        if (!title.isEmpty()) {
            rotatedText(plot.left() - 54, (plot.top() + plot.bottom()) / 2, -90, "middle", title);
        }
        return endGroup();
    }

    /** Draws a numeric x axis with tick labels formatted by {@code label} and an axis title below it. */
    public Svg xAxis(Plot plot, Scale scale, String title, DoubleFunction<String> label) {
        group("axis x-axis", "");
        for (double t : scale.ticks()) {
            double x = scale.map(t);
            line(x, plot.top(), x, plot.bottom(), GRID, 1, "", "");
            line(x, plot.bottom(), x, plot.bottom() + 4, INK, 1, "", "");
            text(x, plot.bottom() + 16, "middle", INK, "", label.apply(t));
        }
        line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), INK, 1, "", "");
        if (!title.isEmpty()) {
            text((plot.left() + plot.right()) / 2, plot.bottom() + 36, "middle", INK, "", title);
        }
        return endGroup();
    }

    /** Draws a legend in one row above the plot. */
    public Svg legend(Plot plot, List<LegendEntry> entries) {
        if (entries.isEmpty()) {
            return this;
        }
        group("legend", "Legend");
        double x = plot.left();
        double y = plot.top() - 14;
        for (LegendEntry e : entries) {
            switch (e.kind()) {
                case LINE -> line(x, y, x + 18, y, e.colour(), 2.5, "", "");
                case DASHED -> line(x, y, x + 18, y, e.colour(), 2, "6 3", "");
                case AREA -> rect(x, y - 5, 18, 10, e.colour(), "", "");
                case MARKER -> circle(x + 9, y, 4, e.colour(), "#ffffff", "", "");
            }
            text(x + 23, y + 4, "start", INK, "", e.label());
            x += 23 + Text.width(e.label()) + 18;
        }
        return endGroup();
    }

    /** Closes the SVG and returns it. */
    public String finish() {
        if (!finished) {
            out.append("</svg>");
            finished = true;
        }
        return out.toString();
    }

    private void cls(String cssClass) {
        if (!cssClass.isEmpty()) {
            out.append(" class=\"").append(Xml.escape(cssClass)).append('"');
        }
    }

    private void close(String tooltip, String element) {
        if (tooltip.isEmpty()) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(Xml.escape(tooltip)).append("</title></").append(element).append(">\n");
        }
    }
}
