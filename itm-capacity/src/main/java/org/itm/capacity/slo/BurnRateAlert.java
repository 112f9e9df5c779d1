package org.itm.capacity.slo;

import java.time.Duration;
import java.util.List;
import org.itm.core.validation.Checks;

/**
 * A multi-window burn-rate alert (Google SRE workbook, "Alerting on SLOs"): fires when the error budget burns at
 * least {@code burnRate} times faster than sustainable over both the long window and the short one (the short
 * window makes the alert reset soon after the problem stops).
 *
 * @param name        what the alert is called in decisions, e.g. "page" or "ticket"; not blank
 * @param burnRate    multiple of the sustainable error rate that fires the alert; positive (1 spends the budget
 *                    exactly over the SLO's window)
 * @param longWindow  the window that makes the alert significant, e.g. 1 hour; positive
 * @param shortWindow the window that makes it reset soon, e.g. 5 minutes; positive and shorter than
 *                    {@code longWindow}
 * @since 0.1
 */
public record BurnRateAlert(String name, double burnRate, Duration longWindow, Duration shortWindow) {

    /**
     * Checks the components.
     *
     * @param name        what the alert is called; not blank
     * @param burnRate    multiple of the sustainable error rate; positive
     * @param longWindow  the long window; positive
     * @param shortWindow the short window; positive and shorter than {@code longWindow}
     * @throws org.itm.core.ItmValidationException naming the first invalid component
     */
    public BurnRateAlert {
        Checks.notBlank(name, "name");
        Checks.positive(burnRate, "burnRate");
        Checks.positive(longWindow, "longWindow");
        Checks.positive(shortWindow, "shortWindow");
        Checks.require(shortWindow.compareTo(longWindow) < 0, "shortWindow", "must be shorter than longWindow");
    }

    /**
     * The workbook's recommendation for a 30-day SLO: page at 14.4× over 1 h and 5 min (2 % of the budget in an
     * hour), page at 6× over 6 h and 30 min (5 % in six hours), ticket at 1× over 3 days and 6 h.
     *
     * @return the three rules {@code page-fast}, {@code page-slow} and {@code ticket}, in that order
     */
    public static List<BurnRateAlert> sreWorkbookDefaults() {
        return List.of(new BurnRateAlert("page-fast", 14.4, Duration.ofHours(1), Duration.ofMinutes(5)),
                new BurnRateAlert("page-slow", 6, Duration.ofHours(6), Duration.ofMinutes(30)),
                new BurnRateAlert("ticket", 1, Duration.ofDays(3), Duration.ofHours(6)));
    }
}
