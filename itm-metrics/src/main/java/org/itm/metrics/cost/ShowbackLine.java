package org.itm.metrics.cost;

import java.time.YearMonth;
import org.itm.core.money.Money;
import org.itm.core.validation.Checks;

/**
 * The part of one cost record allocated to one consumer.
 *
 * @param consumer who bears the cost
 * @param pool     the cost pool
 * @param service  the service the cost belongs to
 * @param period   accounting month
 * @param amount   the allocated amount
 * @param rule     how it was allocated
 * @since 0.1
 */
public record ShowbackLine(String consumer, String pool, String service, YearMonth period, Money amount,
                           String rule) {

    /**
     * A line as {@link Showback#allocate} makes it.
     *
     * @param consumer who bears the cost
     * @param pool the cost pool
     * @param service the service the cost belongs to
     * @param period accounting month
     * @param amount the allocated amount
     * @param rule how it was allocated
     * @throws org.itm.core.ItmValidationException if a text is blank or an argument is null
     */
    public ShowbackLine {
        Checks.notBlank(consumer, "consumer");
        Checks.notBlank(pool, "pool");
        Checks.notBlank(service, "service");
        Checks.notNull(period, "period");
        Checks.notNull(amount, "amount");
        Checks.notNull(rule, "rule");
    }
}
