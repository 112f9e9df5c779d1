package org.itm.examples.report.internal;

/** The rectangle, in SVG user units, inside a chart's margins where the data is drawn. */
public record Plot(double left, double top, double right, double bottom) {

    /** The plot area of a chart of the given size with room for axes, titles and a legend. */
    public static Plot standard(double width, double height) {
        return new Plot(72, 40, width - 44, height - 52);
    }

    /** Width of the plot area. */
    public double width() {
        return right - left;
    }

    /** Height of the plot area. */
    public double height() {
        return bottom - top;
    }
}
