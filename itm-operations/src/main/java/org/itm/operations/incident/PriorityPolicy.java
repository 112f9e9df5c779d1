package org.itm.operations.incident;

import org.itm.core.ItmValidationException;
import org.itm.core.priority.PriorityMatrix;
import org.itm.core.validation.Checks;

/**
 * Derives an incident's priority from impact and urgency (1 = highest). Plug in the organisation's
 * impact × urgency matrix; {@link #itil3x3()} is the common ITIL default.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface PriorityPolicy {

    /**
     * The priority label (for example {@code P2}) for the given impact and urgency.
     *
     * @param impact 1 (highest) and up; the policy may limit the range
     * @param urgency 1 (highest) and up; the policy may limit the range
     * @return the priority label, never blank
     * @throws ItmValidationException if impact or urgency is outside the policy's range
     */
    String priorityOf(int impact, int urgency);

    /**
     * The core impact × urgency {@code matrix}, naming priorities {@code P<level>} (so that SLA targets keyed
     * {@code P1}, {@code P2}, … apply whatever the matrix calls its levels).
     *
     * @param matrix the organisation's impact × urgency matrix
     * @return a policy labelling priorities {@code P1}, {@code P2}, …
     * @throws ItmValidationException if {@code matrix} is null
     */
    static PriorityPolicy of(PriorityMatrix matrix) {
        Checks.notNull(matrix, "matrix");
        return (impact, urgency) -> "P" + matrix.priorityOf(impact, urgency).level();
    }

    /**
     * The core {@code matrix}, naming priorities by the matrix's own labels (e.g. {@code Critical}).
     *
     * @param matrix the organisation's impact × urgency matrix
     * @return a policy labelling priorities with the matrix's labels
     * @throws ItmValidationException if {@code matrix} is null
     */
    static PriorityPolicy withLabels(PriorityMatrix matrix) {
        Checks.notNull(matrix, "matrix");
        return (impact, urgency) -> matrix.priorityOf(impact, urgency).label();
    }

    /**
     * Impact and urgency in 1..3; priority {@code P(impact + urgency - 1)}, so 1×1 is P1 and 3×3 is P5.
     *
     * @return the 3 × 3 policy; it rejects impact or urgency outside 1..3 with {@link ItmValidationException}
     */
    static PriorityPolicy itil3x3() {
        return (impact, urgency) -> {
            Checks.between(impact, 1, 3, "impact");
            Checks.between(urgency, 1, 3, "urgency");
            return "P" + (impact + urgency - 1);
        };
    }
}
