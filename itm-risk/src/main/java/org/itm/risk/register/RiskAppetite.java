package org.itm.risk.register;

import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * The highest residual score the organisation tolerates, per category, with a default for other categories.
 *
 * @param byCategory    category → highest tolerated residual score
 * @param defaultLimit  limit of categories not listed
 */
public record RiskAppetite(Map<String, Integer> byCategory, int defaultLimit) {

    public RiskAppetite {
        Checks.notNull(byCategory, "byCategory");
        byCategory.forEach((k, v) -> Checks.positive(Checks.notNull(v, "byCategory." + k), "byCategory." + k));
        Checks.positive(defaultLimit, "defaultLimit");
        byCategory = Map.copyOf(byCategory);
    }

    public int limitFor(String category) {
        return byCategory.getOrDefault(category, defaultLimit);
    }
}
