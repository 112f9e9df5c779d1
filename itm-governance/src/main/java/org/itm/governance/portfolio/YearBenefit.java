package org.itm.governance.portfolio;

import java.math.BigDecimal;
import org.itm.core.validation.Checks;

/**
 * Estimated financial benefit of an initiative in one calendar year (in the initiative's currency); feeds NPV,
 * payback and benefit realisation.
 */
public record YearBenefit(int year, BigDecimal amount) {

    public YearBenefit {
        Checks.between(year, 1900, 9999, "year");
        Checks.notNegative(amount, "amount");
    }

    public static YearBenefit of(int year, String amount) {
        return new YearBenefit(year, new BigDecimal(amount));
    }
}
