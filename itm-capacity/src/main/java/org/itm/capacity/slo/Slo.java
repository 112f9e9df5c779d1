package org.itm.capacity.slo;

import java.time.Duration;
import org.itm.core.validation.Checks;

/**
 * A service level objective over a rolling window, e.g. 99.9 % of requests good over 30 days; its error budget
 * is the share (or time) allowed to be bad.
 *
 * @param name      what is promised
 * @param objective target share of good events or good time, in (0, 1)
 * @param window    the rolling window
 */
public record Slo(String name, double objective, Duration window) {

    public Slo {
        Checks.notBlank(name, "name");
        Checks.level(objective, "objective");
        Checks.positive(window, "window");
    }

    /** Share of events allowed to be bad, {@code 1 − objective}. */
    public double errorBudgetFraction() {
        return 1 - objective;
    }

    /** Time allowed to be down in one window: 99.9 % over 30 days gives 43.2 minutes. */
    public Duration errorBudget() {
        return Duration.ofNanos(Math.round(window.toNanos() * errorBudgetFraction()));
    }
}
