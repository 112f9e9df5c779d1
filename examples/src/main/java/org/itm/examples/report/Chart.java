package org.itm.examples.report;

/**
 * A chart drawn as inline SVG with axes, labels, a legend and an accessible title. Put it in a
 * {@link Section}; call {@link #toSvg(String)} to get the drawing alone.
 */
public sealed interface Chart extends Block
        permits BarChart, LineChart, ControlChart, HeatMap, ScatterChart, GanttChart {

    /** The chart's title, shown as its caption and used as its accessible name. */
    String title();

    /**
     * The chart as a standalone, well-formed SVG element whose id is {@code id} (ids of inner elements are
     * derived from it, so use a different id for every chart of a page).
     */
    String toSvg(String id);
}
