package org.itm.examples.month;

import java.util.Map;
import java.util.TreeMap;
import org.itm.core.validation.Checks;

/**
 * The headline figures of one simulated month, kept in the document store so the next run can show the change.
 *
 * @param month   the month, as {@code 2026-11}
 * @param figures figure name → value
 */
public record MonthFigures(String month, Map<String, Double> figures) {

    public MonthFigures {
        Checks.notBlank(month, "month");
        figures = Map.copyOf(Checks.notNull(figures, "figures"));
    }

    /**
     * The value of a figure this month computes.
     *
     * @param name the figure's name, e.g. {@code SLA breaches}
     * @return its value
     * @throws IllegalArgumentException if the month has no figure of that name
     */
    public double figure(String name) {
        Double value = figures.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no figure '" + name + "' in " + month + ", only " + sorted().keySet());
        }
        return value;
    }

    /** Figures in name order, for stable printing. */
    public Map<String, Double> sorted() {
        return new TreeMap<>(figures);
    }
}
