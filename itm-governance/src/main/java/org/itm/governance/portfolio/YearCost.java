package org.itm.governance.portfolio;

import java.math.BigDecimal;
import org.itm.core.validation.Checks;

/**
 * Planned spend of an initiative in one calendar year, split into capital and operating expenditure (in the
 * initiative's currency).
 */
public record YearCost(int year, BigDecimal capex, BigDecimal opex) {

    public YearCost {
        Checks.between(year, 1900, 9999, "year");
        Checks.notNegative(capex, "capex");
        Checks.notNegative(opex, "opex");
    }

    public static YearCost of(int year, String capex, String opex) {
        return new YearCost(year, new BigDecimal(capex), new BigDecimal(opex));
    }

    public BigDecimal total() {
        return capex.add(opex);
    }
}
