package org.itm.risk.register;

import java.util.HashMap;
import java.util.Map;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * How much residual risk the organisation accepts per category: the appetite (the target ceiling) and the
 * tolerance (the hard ceiling, at or above the appetite), with defaults for unlisted categories.
 *
 * @param appetiteByCategory  category → highest residual score within appetite
 * @param toleranceByCategory category → highest residual score tolerated at all
 * @param defaultAppetite     appetite of unlisted categories
 * @param defaultTolerance    tolerance of unlisted categories
 */
public record RiskAppetite(Map<String, Integer> appetiteByCategory, Map<String, Integer> toleranceByCategory,
                           int defaultAppetite, int defaultTolerance) {

    public RiskAppetite {
        Violations v = new Violations();
        v.require(appetiteByCategory != null, "appetiteByCategory", "must not be null");
        v.require(toleranceByCategory != null, "toleranceByCategory", "must not be null");
        v.require(defaultAppetite > 0, "defaultAppetite", "must be positive");
        v.require(defaultTolerance >= defaultAppetite, "defaultTolerance", "must not be below the default appetite");
        v.throwIfAny();
        appetiteByCategory.forEach((k, a) -> v.require(a != null && a > 0, "appetiteByCategory." + k, "must be positive"));
        v.throwIfAny();
        for (Map.Entry<String, Integer> t : toleranceByCategory.entrySet()) {
            int appetite = appetiteByCategory.getOrDefault(t.getKey(), defaultAppetite);
            v.require(t.getValue() != null && t.getValue() >= appetite, "toleranceByCategory." + t.getKey(),
                    "must not be below the category's appetite " + appetite);
        }
        v.throwIfAny();
        appetiteByCategory = Map.copyOf(appetiteByCategory);
        toleranceByCategory = Map.copyOf(toleranceByCategory);
    }

    /** Appetite per category with tolerance equal to appetite. */
    public RiskAppetite(Map<String, Integer> appetiteByCategory, int defaultAppetite) {
        this(appetiteByCategory, Map.of(), defaultAppetite, defaultAppetite);
    }

    /** This appetite with a tolerance for {@code category}. */
    public RiskAppetite withTolerance(String category, int tolerance) {
        Checks.notBlank(category, "category");
        Map<String, Integer> t = new HashMap<>(toleranceByCategory);
        t.put(category, tolerance);
        return new RiskAppetite(appetiteByCategory, t, defaultAppetite, defaultTolerance);
    }

    public int limitFor(String category) {
        return appetiteByCategory.getOrDefault(category, defaultAppetite);
    }

    /** Tolerance of {@code category}: its own, else its appetite if listed, else the default tolerance. */
    public int toleranceFor(String category) {
        Integer own = toleranceByCategory.get(category);
        if (own != null) {
            return own;
        }
        return appetiteByCategory.containsKey(category) ? appetiteByCategory.get(category) : defaultTolerance;
    }
}
