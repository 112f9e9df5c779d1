package org.itm.operations.incident;

import org.itm.core.priority.PriorityMatrix;
import org.itm.core.validation.Checks;

/**
 * Derives an incident's priority from impact and urgency (1 = highest). Plug in the organisation's
 * impact × urgency matrix; {@link #itil3x3()} is the common ITIL default.
 */
@FunctionalInterface
public interface PriorityPolicy {

    /** The priority label (for example {@code P2}) for the given impact and urgency. */
    String priorityOf(int impact, int urgency);

    /**
     * The core impact × urgency {@code matrix}, naming priorities {@code P<level>} (so that SLA targets keyed
     * {@code P1}, {@code P2}, … apply whatever the matrix calls its levels).
     */
    static PriorityPolicy of(PriorityMatrix matrix) {
        Checks.notNull(matrix, "matrix");
        return (impact, urgency) -> "P" + matrix.priorityOf(impact, urgency).level();
    }

    /** The core {@code matrix}, naming priorities by the matrix's own labels (e.g. {@code Critical}). */
    static PriorityPolicy withLabels(PriorityMatrix matrix) {
        Checks.notNull(matrix, "matrix");
        return (impact, urgency) -> matrix.priorityOf(impact, urgency).label();
    }

    /**
     * Impact and urgency in 1..3; priority {@code P(impact + urgency - 1)}, so 1×1 is P1 and 3×3 is P5.
     */
    static PriorityPolicy itil3x3() {
        return (impact, urgency) -> {
            Checks.between(impact, 1, 3, "impact");
            Checks.between(urgency, 1, 3, "urgency");
            return "P" + (impact + urgency - 1);
        };
    }
}
