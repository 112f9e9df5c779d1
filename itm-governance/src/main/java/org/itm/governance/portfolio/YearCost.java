package org.itm.governance.portfolio;

import java.math.BigDecimal;
import org.itm.core.money.Money;
import org.itm.core.validation.Checks;

/**
 * Planned spend of an initiative in one calendar year, split into capital and operating expenditure (in the
 * initiative's currency).
 *
 * @param year  the calendar year, 1900–9999
 * @param capex capital expenditure, zero or more
 * @param opex  operating expenditure, zero or more
 * @since 0.1
 */
public record YearCost(int year, BigDecimal capex, BigDecimal opex) {

    /**
     * Checks the components.
     *
     * @param year  the calendar year, 1900–9999
     * @param capex capital expenditure, zero or more
     * @param opex  operating expenditure, zero or more
     * @throws org.itm.core.ItmValidationException naming {@code year} when outside 1900–9999, or {@code capex} or
     *                                             {@code opex} when null or negative
     */
    public YearCost {
        Checks.between(year, 1900, 9999, "year");
        Checks.notNegative(capex, "capex");
        Checks.notNegative(opex, "opex");
    }

    /**
     * A cost from decimal texts, e.g. {@code YearCost.of(2027, "300000", "50000")}.
     *
     * @param year  the calendar year, 1900–9999
     * @param capex capital expenditure as a decimal number, zero or more
     * @param opex  operating expenditure as a decimal number, zero or more
     * @return the cost
     * @throws org.itm.core.ItmValidationException naming {@code capex} or {@code opex} when blank or not a decimal
     *                                             number, or {@code year}, {@code capex} or {@code opex} as the
     *                                             constructor
     */
    public static YearCost of(int year, String capex, String opex) {
        return new YearCost(year, Money.decimal(capex, "capex"), Money.decimal(opex, "opex"));
    }

    /**
     * The year's whole spend.
     *
     * @return capex + opex
     */
    public BigDecimal total() {
        return capex.add(opex);
    }
}
