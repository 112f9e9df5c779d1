package org.itm.capacity.forecast;

import org.itm.core.validation.Checks;

/**
 * Lower and upper bounds per forecast step at one coverage level (e.g. 0.80 or 0.95): the share of future values
 * expected to fall between them. Step 0 is one step ahead, as in {@link Forecast#mean()}.
 *
 * @since 0.1
 */
public final class PredictionInterval {

    private final double level;
    private final double[] lower;
    private final double[] upper;

    /**
     * An interval, e.g. from a method plugged in as a {@link Forecaster}.
     *
     * @param level coverage as a fraction in (0, 1)
     * @param lower lower bound per step (copied)
     * @param upper upper bound per step, same length as {@code lower} (copied)
     * @throws org.itm.core.ItmValidationException if {@code level} is not in (0, 1), an array is null, or the
     *         lengths differ
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

    /**
     * The coverage.
     *
     * @return a fraction in (0, 1), e.g. 0.95
     */
    public double level() {
        return level;
    }

    /**
     * The lower bounds.
     *
     * @return one bound per step (a fresh array)
     */
    public double[] lower() {
        return lower.clone();
    }

    /**
     * The upper bounds.
     *
     * @return one bound per step (a fresh array)
     */
    public double[] upper() {
        return upper.clone();
    }

    /**
     * One lower bound.
     *
     * @param step the step, 0 for one step ahead
     * @return its lower bound
     * @throws IndexOutOfBoundsException if {@code step} is outside the horizon
     */
    public double lower(int step) {
        return lower[step];
    }

    /**
     * One upper bound.
     *
     * @param step the step, 0 for one step ahead
     * @return its upper bound
     * @throws IndexOutOfBoundsException if {@code step} is outside the horizon
     */
    public double upper(int step) {
        return upper[step];
    }
}
