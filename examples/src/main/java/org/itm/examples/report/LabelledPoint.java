package org.itm.examples.report;

import org.itm.core.validation.Checks;

/** A data point with a name shown in its tooltip, e.g. one candidate portfolio. */
public record LabelledPoint(String label, double x, double y) {

    /** Validates the label and that both coordinates are finite. */
    public LabelledPoint {
        Checks.notNull(label, "label");
        Checks.finite(x, "x");
        Checks.finite(y, "y");
    }
}
