package org.itm.examples.report;

import org.itm.core.validation.Checks;

/** One (x, y) data point; both must be finite. */
public record Point(double x, double y) {

    /** Validates that both coordinates are finite. */
    public Point {
        Checks.finite(x, "x");
        Checks.finite(y, "y");
    }
}
