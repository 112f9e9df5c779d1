package org.itm.metrics.cost;

import java.math.BigDecimal;
import java.util.Currency;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * An amount of money in a currency. Arithmetic is exact; rounding happens only where a method says so.
 *
 * @param amount   the amount (any scale; negative for credits)
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /**
     * An amount as it is, without rounding.
     *
     * @param amount   the amount, any scale
     * @param currency the currency
     * @throws ItmValidationException if an argument is null
     */
    public Money {
        Checks.notNull(amount, "amount");
        Checks.notNull(currency, "currency");
    }

    /**
     * Reads an amount as people write it, e.g. {@code Money.of("1234.50", "EUR")}.
     *
     * @param amount a decimal number with a dot, e.g. {@code "1234.50"} or {@code "-12"}
     * @param currencyCode an ISO 4217 code, e.g. {@code "EUR"}
     * @return the money, at the scale written
     * @throws ItmValidationException naming {@code amount} or {@code currency} when it is blank or unreadable
     */
    public static Money of(String amount, String currencyCode) {
        Checks.notBlank(amount, "amount");
        Checks.notBlank(currencyCode, "currency");
        try {
            return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
        } catch (NumberFormatException e) {
            throw new ItmValidationException("amount", "not a decimal number: '" + amount + "'");
        } catch (IllegalArgumentException e) {
            throw new ItmValidationException("currency", "not an ISO 4217 code: '" + currencyCode + "'");
        }
    }

    /**
     * Nothing, as the start of a sum.
     *
     * @param currency the currency
     * @return zero at the currency's minor-unit scale, e.g. {@code 0.00 EUR}
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits()), currency);
    }

    /**
     * Adds exactly.
     *
     * @param other an amount in the same currency
     * @return the sum
     * @throws ItmValidationException if the currencies differ
     */
    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Subtracts exactly.
     *
     * @param other an amount in the same currency
     * @return the difference, negative when {@code other} is larger
     * @throws ItmValidationException if the currencies differ
     */
    public Money minus(Money other) {
        sameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * The decimals of the currency's smallest unit.
     *
     * @return 2 for EUR (cents), 0 for JPY
     */
    public int minorDigits() {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /**
     * Whether the amount can be booked as it is, without a fraction of a cent.
     *
     * @return true when the amount has no more decimals than the currency's minor unit
     */
    public boolean isWholeMinorUnits() {
        return amount.stripTrailingZeros().scale() <= minorDigits();
    }

    private void sameCurrency(Money other) {
        Checks.notNull(other, "other");
        if (!other.currency.equals(currency)) {
            throw new ItmValidationException("currency", "cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        sameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /**
     * Compares amounts as numbers; {@link #equals} also compares the scale.
     *
     * @param other another amount
     * @return true for the same currency and numerically equal amounts ({@code 1.0 EUR} equals {@code 1.00 EUR})
     */
    public boolean isEqualTo(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
