package org.itm.operations.sla;

import org.itm.core.validation.Checks;

/**
 * Met and breached SLAs of one group (a service, a priority, a team or a month).
 *
 * @param total    SLAs that finished (achieved or breached)
 * @param met      SLAs achieved
 * @param breached SLAs breached
 */
public record ComplianceFigure(long total, long met, long breached) {

    public ComplianceFigure {
        Checks.notNegative(total, "total");
        Checks.notNegative(met, "met");
        Checks.notNegative(breached, "breached");
        Checks.require(met + breached == total, "total", "must equal met + breached");
    }

    /** Percentage met, 0–100; 100 when there is nothing to measure. */
    public double percentMet() {
        return total == 0 ? 100.0 : 100.0 * met / total;
    }

    ComplianceFigure plus(boolean isMet) {
        return new ComplianceFigure(total + 1, met + (isMet ? 1 : 0), breached + (isMet ? 0 : 1));
    }
}
