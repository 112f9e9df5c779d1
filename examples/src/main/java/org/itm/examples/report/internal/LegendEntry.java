package org.itm.examples.report.internal;

/** One entry of a chart legend: what it looks like and what it names. */
public record LegendEntry(String label, String colour, Kind kind) {

    /** How the legend swatch is drawn. */
    public enum Kind {
        /** A solid line (a series). */
        LINE,
        /** A dashed line (a threshold or target). */
        DASHED,
        /** A filled box (a band or a bar). */
        AREA,
        /** A point marker. */
        MARKER
    }
}
