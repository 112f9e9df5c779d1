package org.itm.core.priority;

import org.itm.core.validation.Checks;

/**
 * A priority together with why it was chosen: the impact, the urgency and the matrix cell that held the answer.
 * Obtain one from {@link PriorityMatrix#assess(Impact, Urgency)}; show {@link #explanation()} to people.
 *
 * @param impact   the impact that was looked up
 * @param urgency  the urgency that was looked up
 * @param priority the priority found in the matrix
 * @param cell     path of the matrix cell that produced the priority, e.g. {@code cells[High][Low]}
 * @since 0.1
 */
public record PriorityAssessment(Impact impact, Urgency urgency, Priority priority, String cell) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param impact the impact that was looked up
     * @param urgency the urgency that was looked up
     * @param priority the priority found in the matrix
     * @param cell path of the matrix cell that produced the priority, e.g. {@code cells[High][Low]}
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public PriorityAssessment {
        Checks.notNull(impact, "impact");
        Checks.notNull(urgency, "urgency");
        Checks.notNull(priority, "priority");
        Checks.notBlank(cell, "cell");
    }

    /**
     * One line for people, e.g. {@code impact High (1) x urgency Low (3) -> priority Medium (3) by cells[High][Low]}.
     *
     * @return the explanation
     */
    public String explanation() {
        return "impact " + impact + " x urgency " + urgency + " -> priority " + priority + " by " + cell;
    }

    @Override
    public String toString() {
        return explanation();
    }
}
