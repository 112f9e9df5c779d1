package org.itm.governance.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.itm.core.validation.Checks;

/**
 * How concentrated an amount (spend, risk-weighted spend) is across the keys of one dimension, measured by the
 * Herfindahl–Hirschman index (sum of squared shares: 1/n when spread evenly over n keys, 1 when all in one).
 *
 * @param dimension  what the keys are, e.g. {@code businessUnit}
 * @param herfindahl the index in [0, 1]
 * @param shares     every key with its amount and share, largest first
 * @since 0.1
 */
public record Concentration(String dimension, double herfindahl, List<Share> shares) {

    /** Index above which spend counts as highly concentrated (the common 2 500-point threshold). */
    public static final double HIGH = 0.25;
    /** Index above which spend counts as moderately concentrated (1 500 points). */
    public static final double MODERATE = 0.15;

    /**
     * Checks the components and copies the shares.
     *
     * @param dimension  what the keys are, e.g. {@code businessUnit}
     * @param herfindahl the index in [0, 1]
     * @param shares     every key with its amount and share, largest first
     * @throws org.itm.core.ItmValidationException naming {@code dimension} when blank, or {@code herfindahl} when
     *                                             outside [0, 1]
     */
    public Concentration {
        Checks.notBlank(dimension, "dimension");
        Checks.between(herfindahl, 0.0, 1.0 + 1e-9, "herfindahl");
        shares = List.copyOf(shares);
    }

    /**
     * One key's part of the amount.
     *
     * @param key      the key, e.g. a business unit's name
     * @param amount   its amount, in the portfolio's currency
     * @param fraction its share of the total, in [0, 1]
     */
    public record Share(String key, BigDecimal amount, double fraction) {
        /**
         * Checks the components.
         *
         * @param key      the key
         * @param amount   its amount
         * @param fraction its share of the total
         * @throws org.itm.core.ItmValidationException naming {@code key} when blank or {@code amount} when null
         */
        public Share {
            Checks.notBlank(key, "key");
            Checks.notNull(amount, "amount");
        }
    }

    /**
     * Combined share of the {@code n} largest keys, e.g. {@code topShare(3)} for "the three largest units take 80 %".
     *
     * @param n how many keys, 1 or more; more than there are keys counts them all
     * @return the sum of their fractions, in [0, 1]
     * @throws org.itm.core.ItmValidationException naming {@code n} when it is not positive
     */
    public double topShare(int n) {
        Checks.positive(n, "n");
        return shares.stream().limit(n).mapToDouble(Share::fraction).sum();
    }

    /**
     * The concentration level by the thresholds {@link #HIGH} and {@link #MODERATE}.
     *
     * @return {@code "HIGH"} above 0.25, {@code "MODERATE"} above 0.15, otherwise {@code "LOW"}
     */
    public String level() {
        return herfindahl > HIGH ? "HIGH" : herfindahl > MODERATE ? "MODERATE" : "LOW";
    }

    /**
     * A one-line summary, e.g. {@code businessUnit: HHI 0.516 (HIGH), largest Finance 59%}.
     *
     * @return the dimension, index, level and largest key with its rounded percentage ({@code none} when empty)
     */
    @Override
    public String toString() {
        String top = shares.isEmpty() ? "none" : shares.get(0).key() + " " + Math.round(shares.get(0).fraction() * 100) + "%";
        return dimension + ": HHI " + String.format(Locale.ROOT, "%.3f", herfindahl) + " (" + level() + "), largest " + top;
    }
}
