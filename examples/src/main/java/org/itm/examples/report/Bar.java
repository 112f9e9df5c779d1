package org.itm.examples.report;

import org.itm.core.validation.Checks;

/** One bar of a {@link BarChart}: a category and its value. */
public record Bar(String label, double value) {

    /** Validates the label and that the value is finite. */
    public Bar {
        Checks.notNull(label, "label");
        Checks.finite(value, "value");
    }
}
