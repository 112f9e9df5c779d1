package org.itm.metrics.cost;

import java.time.YearMonth;
import org.itm.core.money.Money;
import org.itm.core.validation.Checks;

/**
 * A cost incurred in a cost pool for a service in a month.
 *
 * @param pool    cost pool (e.g. {@code datacentre}, {@code service-desk-labour})
 * @param service service the cost belongs to
 * @param period  accounting month
 * @param amount  the cost, in whole minor units of its currency
 * @since 0.1
 */
public record CostRecord(String pool, String service, YearMonth period, Money amount) {

    /**
     * A cost as a finance export gives it.
     *
     * @param pool cost pool (e.g. {@code datacentre}, {@code service-desk-labour})
     * @param service service the cost belongs to
     * @param period accounting month
     * @param amount the cost, in whole minor units of its currency
     * @throws org.itm.core.ItmValidationException if a text is blank, an argument is null or the amount has a
     *        fraction of a minor unit
     */
    public CostRecord {
        Checks.notBlank(pool, "pool");
        Checks.notBlank(service, "service");
        Checks.notNull(period, "period");
        Checks.notNull(amount, "amount");
        Checks.require(amount.isWholeMinorUnits(), "amount", "must be in whole minor units, was " + amount);
    }
}
