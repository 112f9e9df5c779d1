package org.itm.capacity.forecast;

import org.itm.core.validation.Checks;

/**
 * Lower and upper bounds per forecast step at one coverage level (e.g. 0.80 or 0.95).
 */
public final class PredictionInterval {

    private final double level;
    private final double[] lower;
    private final double[] upper;

    /**
     * @param level coverage in (0, 1)
     * @param lower lower bound per step
     * @param upper upper bound per step, same length as {@code lower}
     */
    public PredictionInterval(double level, double[] lower, double[] upper) {
        Checks.level(level, "level");
        Checks.notNull(lower, "lower");
        Checks.notNull(upper, "upper");
        Checks.require(lower.length == upper.length, "upper", "must have as many steps as lower");
        this.level = level;
        this.lower = lower.clone();
        this.upper = upper.clone();
    }

    public double level() {
        return level;
    }

    public double[] lower() {
        return lower.clone();
    }

    public double[] upper() {
        return upper.clone();
    }

    public double lower(int step) {
        return lower[step];
    }

    public double upper(int step) {
        return upper[step];
    }
}
