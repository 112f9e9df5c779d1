package org.itm.operations.incident;

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
