package org.itm.governance.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * An amount of money in one currency; arithmetic refuses to mix currencies, and {@link #rounded()} rounds
 * half-even to the currency's minor unit (cents for EUR) so reports add up the way accountants expect.
 *
 * @param amount   the amount, any scale
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Checks.notNull(amount, "amount");
        Checks.notNull(currency, "currency");
    }

    /**
     * {@code Money.of("1234.50", "EUR")}.
     *
     * @param amount       a plain decimal number with a dot, e.g. {@code 12.50}
     * @param currencyCode an ISO 4217 code
     * @return the amount in that currency
     * @throws ItmValidationException naming {@code amount} or {@code currency} when either does not parse
     */
    public static Money of(String amount, String currencyCode) {
        Checks.notBlank(amount, "amount");
        Checks.notBlank(currencyCode, "currency");
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new ItmValidationException("amount", "not a decimal number (use a dot, e.g. 12.50): '"
                    + shown(amount) + "'");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
            throw new ItmValidationException("currency", "not an ISO 4217 code: '"
                    + shown(currencyCode) + "'");
        }
        return new Money(value, currency);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        sameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** Rounded half-even to the currency's minor unit (2 decimals when the currency has none defined). */
    public Money rounded() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        sameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void sameCurrency(Money other) {
        Checks.notNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new ItmValidationException("currency",
                    "cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
        }
    }

    @Override
    public String toString() {
        return rounded().amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
