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

    public Money {
        Checks.notNull(amount, "amount");
        Checks.notNull(currency, "currency");
    }

    /** {@code Money.of("1234.50", "EUR")}. */
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

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits()), currency);
    }

    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        sameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** The smallest unit of the currency (cents for EUR, none for JPY). */
    public int minorDigits() {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** True when the amount has no more decimals than the currency's minor unit. */
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

    /** Numeric equality in the same currency, whatever the scale ({@code 1.0 EUR} equals {@code 1.00 EUR}). */
    public boolean isEqualTo(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
