package org.itm.examples.report.internal;

/** Builds the {@code d} attribute of an SVG path from finite coordinates. */
public final class PathData {

    private final StringBuilder d = new StringBuilder();

    /** Starts a new sub-path at (x, y). */
    public PathData moveTo(double x, double y) {
        sep();
        d.append('M').append(Fmt.coord(x)).append(' ').append(Fmt.coord(y));
        return this;
    }

    /** Draws a straight segment to (x, y). */
    public PathData lineTo(double x, double y) {
        sep();
        d.append('L').append(Fmt.coord(x)).append(' ').append(Fmt.coord(y));
        return this;
    }

    /** Closes the current sub-path. */
    public PathData close() {
        sep();
        d.append('Z');
        return this;
    }

    /** Whether nothing has been drawn. */
    public boolean isEmpty() {
        return d.length() == 0;
    }

    @Override
    public String toString() {
        return d.toString();
    }

    private void sep() {
        if (d.length() > 0) {
            d.append(' ');
        }
    }
}
