package org.itm.capacity.slo;

import java.time.Instant;

/**
 * An SLO's standing over its rolling window ending now, as {@link SloMonitor#status} computes it.
 *
 * @param slo                   the objective
 * @param asOf                  end of the window
 * @param good                  good events in the window
 * @param total                 all events in the window
 * @param attainment            good / total (1 when there were no events)
 * @param budgetConsumed        share of the error budget used (above 1 when the SLO is breached; infinite when
 *                              bad events occurred but the window allows none)
 * @param budgetRemainingEvents bad events still allowed in this window (negative when breached)
 * @param met                   whether attainment is at least the objective
 * @since 0.1
 */
public record SloStatus(Slo slo, Instant asOf, long good, long total, double attainment, double budgetConsumed,
                        double budgetRemainingEvents, boolean met) {
}
