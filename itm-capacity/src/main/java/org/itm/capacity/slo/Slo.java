package org.itm.capacity.slo;

import java.time.Duration;
import org.itm.core.validation.Checks;

/**
 * A service level objective over a rolling window, e.g. 99.9 % of requests good over 30 days; its error budget
 * is the share (or time) allowed to be bad.
 *
 * @param name      what is promised; not blank
 * @param objective target share of good events or good time, a fraction in (0, 1) such as 0.999
 * @param window    the rolling window; positive
 * @since 0.1
 */
public record Slo(String name, double objective, Duration window) {

    /**
     * Checks the components.
     *
     * @param name      what is promised; not blank
     * @param objective target share, a fraction in (0, 1)
     * @param window    the rolling window; positive
     * @throws org.itm.core.ItmValidationException naming the first invalid component; an objective such as
     *         {@code 99.9} is reported as looking like a percentage
     */
    public Slo {
        Checks.notBlank(name, "name");
        Checks.level(objective, "objective");
        Checks.positive(window, "window");
    }

    /**
     * Share of events allowed to be bad.
     *
     * @return {@code 1 − objective}, e.g. 0.001 for 99.9 %
     */
    public double errorBudgetFraction() {
        return 1 - objective;
    }

    /**
     * Time allowed to be down in one window.
     *
     * @return {@code window × (1 − objective)}, rounded to the nanosecond: 99.9 % over 30 days gives 43.2 minutes
     */
    public Duration errorBudget() {
        return Duration.ofNanos(Math.round(window.toNanos() * errorBudgetFraction()));
    }
}
