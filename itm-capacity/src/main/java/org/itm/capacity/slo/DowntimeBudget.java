package org.itm.capacity.slo;

import java.time.Duration;

/**
 * A time-based SLO's error budget over its rolling window ending now, as {@link SloMonitor#downtimeBudget}
 * computes it.
 *
 * @param slo            the objective
 * @param availability   measured availability over the window
 * @param budget         allowed downtime in the service time of the window (43.2 min for 99.9 % over 30 days
 *                       without maintenance)
 * @param downtime       downtime counted in the window
 * @param remaining      budget left (negative when breached)
 * @param budgetConsumed share of the budget used (above 1 when breached)
 * @param met            whether availability is at least the objective
 * @since 0.1
 */
public record DowntimeBudget(Slo slo, AvailabilityReport availability, Duration budget, Duration downtime,
                             Duration remaining, double budgetConsumed, boolean met) {
}
