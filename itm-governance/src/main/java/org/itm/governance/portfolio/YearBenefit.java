package org.itm.governance.portfolio;

import java.math.BigDecimal;
import org.itm.core.money.Money;
import org.itm.core.validation.Checks;

/**
 * Estimated financial benefit of an initiative in one calendar year (in the initiative's currency); feeds NPV,
 * payback and benefit realisation.
 *
 * @param year   the calendar year, 1900–9999
 * @param amount the benefit, zero or more
 * @since 0.1
 */
public record YearBenefit(int year, BigDecimal amount) {

    /**
     * Checks the components.
     *
     * @param year   the calendar year, 1900–9999
     * @param amount the benefit, zero or more
     * @throws org.itm.core.ItmValidationException naming {@code year} when outside 1900–9999, or {@code amount}
     *                                             when null or negative
     */
    public YearBenefit {
        Checks.between(year, 1900, 9999, "year");
        Checks.notNegative(amount, "amount");
    }

    /**
     * A benefit from its decimal text, e.g. {@code YearBenefit.of(2028, "250000")}.
     *
     * @param year   the calendar year, 1900–9999
     * @param amount the benefit as a decimal number, zero or more
     * @return the benefit
     * @throws org.itm.core.ItmValidationException naming {@code amount} when blank or not a decimal number, or
     *                                             {@code year} or {@code amount} as the constructor
     */
    public static YearBenefit of(int year, String amount) {
        return new YearBenefit(year, Money.decimal(amount, "amount"));
    }
}
