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
 */
public record Concentration(String dimension, double herfindahl, List<Share> shares) {

    /** Index above which spend counts as highly concentrated (the common 2 500-point threshold). */
    public static final double HIGH = 0.25;
    /** Index above which spend counts as moderately concentrated (1 500 points). */
    public static final double MODERATE = 0.15;

    public Concentration {
        Checks.notBlank(dimension, "dimension");
        Checks.between(herfindahl, 0.0, 1.0 + 1e-9, "herfindahl");
        shares = List.copyOf(shares);
    }

    /** One key's part of the amount. */
    public record Share(String key, BigDecimal amount, double fraction) {
        public Share {
            Checks.notBlank(key, "key");
            Checks.notNull(amount, "amount");
        }
    }

    /** Combined share of the {@code n} largest keys. */
    public double topShare(int n) {
        Checks.positive(n, "n");
        return shares.stream().limit(n).mapToDouble(Share::fraction).sum();
    }

    /** {@code HIGH}, {@code MODERATE} or {@code LOW}, by the thresholds above. */
    public String level() {
        return herfindahl > HIGH ? "HIGH" : herfindahl > MODERATE ? "MODERATE" : "LOW";
    }

    @Override
    public String toString() {
        String top = shares.isEmpty() ? "none" : shares.get(0).key() + " " + Math.round(shares.get(0).fraction() * 100) + "%";
        return dimension + ": HHI " + String.format(Locale.ROOT, "%.3f", herfindahl) + " (" + level() + "), largest " + top;
    }
}
