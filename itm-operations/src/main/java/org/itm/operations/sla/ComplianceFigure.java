package org.itm.operations.sla;

import org.itm.core.validation.Checks;

/**
 * Met and breached SLAs of one group (a service, a priority, a team or a month).
 *
 * @param total    SLAs that finished (achieved or breached)
 * @param met      SLAs achieved
 * @param breached SLAs breached
 * @since 0.1
 */
public record ComplianceFigure(long total, long met, long breached) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param total    SLAs that finished (achieved or breached)
     * @param met      SLAs achieved
     * @param breached SLAs breached
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public ComplianceFigure {
        Checks.notNegative(total, "total");
        Checks.notNegative(met, "met");
        Checks.notNegative(breached, "breached");
        Checks.require(met + breached == total, "total", "must equal met + breached");
    }

    /**
     * The share of finished SLAs that were met.
     *
     * @return percent, 0–100; 100 when {@code total} is 0
     */
    public double percentMet() {
        return total == 0 ? 100.0 : 100.0 * met / total;
    }
}
