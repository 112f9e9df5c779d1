package org.itm.operations.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * A count out of a total, kept as the two whole numbers so nothing is lost to rounding until it is shown.
 *
 * @param count how many have the property
 * @param total how many there are; {@code count <= total}
 * @since 0.1
 */
public record CountShare(long count, long total) {

    /**
     * Checks the fields (and copies the collections), so no instance holds a value the engine would reject.
     *
     * @param count how many have the property
     * @param total how many there are; {@code count <= total}
     * @throws org.itm.core.ItmValidationException naming the first missing or out-of-range field
     */
    public CountShare {
        Checks.notNegative(count, "count");
        Checks.notNegative(total, "total");
        if (count > total) {
            throw new ItmValidationException("count", "must not exceed the total " + total + ", was " + count);
        }
    }

    /**
     * The share as a percentage rounded half-up to {@code scale} decimals; zero when the total is zero.
     *
     * @param scale decimal places, 0 or more
     * @return the percentage, 0 to 100, with {@code scale} decimals
     */
    public BigDecimal percent(int scale) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), scale, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return count + "/" + total + " (" + percent(1) + " %)";
    }
}
