package org.itm.core.priority;

/**
 * How fast the business needs a resolution; level 1 is the most urgent.
 *
 * <p>Values come from a {@link PriorityMatrix} (e.g. {@code matrix.urgency(1)} or {@code matrix.urgency("High")}); two
 * values are equal when level and label are. Sorting puts level 1 first.
 *
 * @param level position on the scale, 1 = most severe; at least 1
 * @param label name shown to people and used as key in matrix definitions; 1–64 characters, not blank
 * @since 0.1
 */
public record Urgency(int level, String label) implements Comparable<Urgency> {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param level position on the scale, 1 = most severe; at least 1
     * @param label name shown to people and used as key in matrix definitions; 1–64 characters, not blank
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public Urgency {
        PriorityMatrix.checkScaleValue(level, label);
    }

    /** Orders by level, so that the most severe value (level 1) comes first. */
    @Override
    public int compareTo(Urgency other) {
        return Integer.compare(level, other.level);
    }

    @Override
    public String toString() {
        return label + " (" + level + ")";
    }
}
