package org.itm.capacity.slo;

/**
 * Whether one burn-rate alert fires, with the burn rates that decided it.
 *
 * @param alert         the alert rule
 * @param longBurnRate  burn rate over the long window
 * @param shortBurnRate burn rate over the short window
 * @param firing        whether both reach the threshold
 * @param explanation   the decision with its numbers
 */
public record AlertDecision(BurnRateAlert alert, double longBurnRate, double shortBurnRate, boolean firing,
                            String explanation) {
}
