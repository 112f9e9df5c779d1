package org.itm.examples.report;

import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * One row of a {@link GanttChart}: an initiative running from period {@code start} (inclusive) to period
 * {@code end} (exclusive), both as indexes into the chart's period labels; fractions are allowed.
 *
 * @param critical whether the task is on the critical path (it is highlighted)
 */
public record GanttTask(String label, double start, double end, boolean critical) {

    /** Validates that {@code 0 <= start < end}. */
    public GanttTask {
        Checks.notNull(label, "label");
        Violations v = new Violations();
        v.require(Double.isFinite(start) && start >= 0, "start", "must be a finite period index >= 0, was " + start);
        v.require(Double.isFinite(end) && end > start, "end", "must be finite and after start, was " + end);
        v.throwIfAny();
    }
}
