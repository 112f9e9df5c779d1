package org.itm.capacity.slo;

/**
 * Whether one burn-rate alert fires, with the burn rates that decided it, as {@link SloMonitor#evaluate} returns
 * it.
 *
 * @param alert         the alert rule
 * @param longBurnRate  burn rate over the long window (1 burns the budget exactly in one SLO window)
 * @param shortBurnRate burn rate over the short window
 * @param firing        whether both reach the rule's {@link BurnRateAlert#burnRate()}
 * @param explanation   the decision with its numbers, e.g.
 *                      {@code "page-fast FIRING: burn rate 20.00x over 1h and 18.00x over 5m against 14.4x"}
 * @since 0.1
 */
public record AlertDecision(BurnRateAlert alert, double longBurnRate, double shortBurnRate, boolean firing,
                            String explanation) {
}
