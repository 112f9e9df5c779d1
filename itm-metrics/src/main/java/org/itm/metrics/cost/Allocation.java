package org.itm.metrics.cost;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.itm.core.ItmValidationException;
import org.itm.core.money.Money;
import org.itm.core.validation.Checks;

/**
 * Splitting an amount into parts that add up to it exactly.
 *
 * @since 0.1
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Splits {@code total} in proportion to {@code weights}, in whole minor units of its currency, so that the
     * parts add up to {@code total} to the cent (largest remainder method, also called Hamilton's method): each part
     * gets the floor of its exact share, and the cents left over go one each to the parts with the largest
     * fractional remainders; equal remainders go to consumers in name order, so the result is reproducible.
     * Every part is within one minor unit of its exact share.
     *
     * @param total   amount to split; at most the currency's minor digits (e.g. cents); may be negative (credit)
     * @param weights consumer to weight; weights not negative, at least one positive
     * @return consumer to part, in the order of {@code weights}
     * @throws ItmValidationException for an amount finer than the minor unit or unusable weights
     */
    public static Map<String, Money> largestRemainder(Money total, Map<String, BigDecimal> weights) {
        Checks.notNull(total, "total");
        Checks.notEmpty(weights, "weights");
        Checks.require(total.isWholeMinorUnits(), "total", "must be in whole minor units of "
                + total.currency() + " (at most " + total.minorDigits() + " decimals), was " + total);
        int maxScale = 0;
        for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
            Checks.notBlank(w.getKey(), "weights.key");
            Checks.notNegative(w.getValue(), "weights." + w.getKey());
            maxScale = Math.max(maxScale, w.getValue().stripTrailingZeros().scale());
        }
        Map<String, BigInteger> intWeights = new LinkedHashMap<>();
        BigInteger sum = BigInteger.ZERO;
        for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
            BigInteger iw = w.getValue().movePointRight(maxScale).toBigIntegerExact();
            intWeights.put(w.getKey(), iw);
            sum = sum.add(iw);
        }
        if (sum.signum() == 0) {
            throw new ItmValidationException("weights", "at least one weight must be positive");
        }
        int digits = total.minorDigits();
        BigInteger units = total.amount().movePointRight(digits).toBigIntegerExact();
        int sign = units.signum();
        BigInteger magnitude = units.abs();

        Map<String, BigInteger> parts = new LinkedHashMap<>();
        Map<String, BigInteger> remainders = new TreeMap<>();
        BigInteger given = BigInteger.ZERO;
        for (Map.Entry<String, BigInteger> w : intWeights.entrySet()) {
            BigInteger[] qr = magnitude.multiply(w.getValue()).divideAndRemainder(sum);
            parts.put(w.getKey(), qr[0]);
            remainders.put(w.getKey(), qr[1]);
            given = given.add(qr[0]);
        }
        int left = magnitude.subtract(given).intValueExact();
        List<String> order = new ArrayList<>(remainders.keySet());
        order.sort(Comparator.comparing((String k) -> remainders.get(k)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < left; i++) {
            String k = order.get(i);
            parts.put(k, Objects.requireNonNull(parts.get(k)).add(BigInteger.ONE));
        }
        Map<String, Money> out = new LinkedHashMap<>();
        parts.forEach((k, v) -> out.put(k, new Money(new BigDecimal(sign < 0 ? v.negate() : v, digits),
                total.currency())));
        return out;
    }
}
