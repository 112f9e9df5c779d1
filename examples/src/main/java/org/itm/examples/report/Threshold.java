package org.itm.examples.report;

import org.itm.core.validation.Checks;

/** A labelled reference line at a fixed value, such as a capacity limit or a target. */
public record Threshold(String label, double value) {

    /** Validates the label and that the value is finite. */
    public Threshold {
        Checks.notBlank(label, "label");
        Checks.finite(value, "value");
    }
}
