package org.itm.core.priority;

/**
 * How widely an incident or change hurts the business; level 1 is the largest impact.
 *
 * <p>Values come from a {@link PriorityMatrix} (e.g. {@code matrix.impact(1)} or {@code matrix.impact("High")}); two
 * values are equal when level and label are. Sorting puts level 1 first.
 *
 * @param level position on the scale, 1 = most severe; at least 1
 * @param label name shown to people and used as key in matrix definitions; 1–64 characters, not blank
 * @since 0.1
 */
public record Impact(int level, String label) implements Comparable<Impact> {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param level position on the scale, 1 = most severe; at least 1
     * @param label name shown to people and used as key in matrix definitions; 1–64 characters, not blank
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public Impact {
        PriorityMatrix.checkScaleValue(level, label);
    }

    /** Orders by level, so that the most severe value (level 1) comes first. */
    @Override
    public int compareTo(Impact other) {
        return Integer.compare(level, other.level);
    }

    @Override
    public String toString() {
        return label + " (" + level + ")";
    }
}
