package org.itm.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * An amount of money in one currency. Arithmetic is exact and refuses to mix currencies; rounding happens only
 * where a method says so ({@link #rounded()} rounds half-even to the currency's minor unit, cents for EUR, so
 * reports add up the way accountants expect).
 *
 * @param amount   the amount, any scale; negative for credits
 * @param currency the ISO 4217 currency
 * @since 0.1
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /**
     * An amount as it is, at its own scale; use {@link #of(String, String)} to read one from text.
     *
     * @param amount   the amount, any scale; negative for credits
     * @param currency the ISO 4217 currency
     * @throws ItmValidationException naming {@code amount} or {@code currency} when it is null
     */
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
        return new Money(decimal(amount, "amount"), currency(currencyCode, "currency"));
    }

    /**
     * Parses a decimal amount given as text, for every entry point that accepts amounts as strings, so a bad
     * amount is reported against the caller's own field.
     *
     * @param text  a plain decimal number with a dot, e.g. {@code 12.50}; surrounding blanks are ignored
     * @param field the name of the caller's field, used as the violation's path, e.g. {@code capex}
     * @return the exact value, at the scale written
     * @throws ItmValidationException naming {@code field} when the text is null, blank or not a decimal number
     */
    public static BigDecimal decimal(String text, String field) {
        Checks.notBlank(text, field);
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new ItmValidationException(field, "not a decimal number (use a dot, e.g. 12.50): '"
                    + shown(text) + "'");
        }
    }

    /**
     * Looks up a currency by its ISO 4217 code, for every entry point that accepts currencies as codes, so an
     * unknown code is reported against the caller's own field.
     *
     * @param code  a three-letter ISO 4217 code, e.g. {@code EUR}; surrounding blanks are ignored
     * @param field the name of the caller's field, used as the violation's path, e.g. {@code currency}
     * @return the currency
     * @throws ItmValidationException naming {@code field} when the code is null, blank or not an ISO 4217 code
     */
    public static Currency currency(String code, String field) {
        Checks.notBlank(code, field);
        try {
            return Currency.getInstance(code.strip());
        } catch (IllegalArgumentException e) {
            throw new ItmValidationException(field, "not an ISO 4217 code: '" + shown(code) + "'");
        }
    }

    /**
     * @param amount   the amount, any scale
     * @param currency the currency
     * @return the amount in that currency
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * @param currency the currency
     * @return zero at the currency's minor-unit scale ({@code 0.00 EUR}, {@code 0 JPY})
     */
    public static Money zero(Currency currency) {
        Checks.notNull(currency, "currency");
        return new Money(BigDecimal.ZERO.setScale(Math.max(0, currency.getDefaultFractionDigits())), currency);
    }

    /**
     * @param other an amount in the same currency
     * @return the exact sum
     * @throws ItmValidationException naming {@code currency} when the currencies differ
     */
    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * @param other an amount in the same currency
     * @return the exact difference
     * @throws ItmValidationException naming {@code currency} when the currencies differ
     */
    public Money minus(Money other) {
        sameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * @param factor the multiplier
     * @return the exact product, unrounded
     */
    public Money times(BigDecimal factor) {
        Checks.notNull(factor, "factor");
        return new Money(amount.multiply(factor), currency);
    }

    /** @return this amount rounded half-even to the currency's minor unit (no decimals when it has none) */
    public Money rounded() {
        return new Money(amount.setScale(minorDigits(), RoundingMode.HALF_EVEN), currency);
    }

    /** @return the number of decimals of the currency's smallest unit (2 for EUR, 0 for JPY) */
    public int minorDigits() {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** @return true when the amount has no more decimals than the currency's minor unit */
    public boolean isWholeMinorUnits() {
        return amount.stripTrailingZeros().scale() <= minorDigits();
    }

    /** @return true when the amount is below zero */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Numeric equality in the same currency, whatever the scale ({@code 1.0 EUR} equals {@code 1.00 EUR});
     * {@link #equals(Object)} compares the scale too.
     *
     * @param other the amount to compare
     * @return true when both currencies and numeric amounts are equal
     */
    public boolean isEqualTo(Money other) {
        Checks.notNull(other, "other");
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    /** @throws ItmValidationException naming {@code currency} when the currencies differ */
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

    /** @return the exact amount as a plain number and the currency code, e.g. {@code 1234.5 EUR}; see {@link #rounded()} */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
