package org.itm.risk.register;

import java.util.HashMap;
import java.util.Map;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * How much residual risk the organisation accepts per category: the appetite (the target ceiling) and the
 * tolerance (the hard ceiling, at or above the appetite), with defaults for unlisted categories.
 *
 * <p>Scores are residual likelihood × impact: with the 5×5 matrix, 1 to 25; a risk is above appetite when its score
 * exceeds the appetite (a score equal to it is within).
 *
 * @param appetiteByCategory  category → highest residual score within appetite, positive; copied
 * @param toleranceByCategory category → highest residual score tolerated at all, not below the category's
 *                            appetite; copied
 * @param defaultAppetite     appetite of unlisted categories, positive
 * @param defaultTolerance    tolerance of unlisted categories, not below {@code defaultAppetite}
 * @since 0.1
 */
public record RiskAppetite(Map<String, Integer> appetiteByCategory, Map<String, Integer> toleranceByCategory,
                           int defaultAppetite, int defaultTolerance) {

    /**
     * Checks the components and copies the maps.
     *
     * @param appetiteByCategory  category → highest residual score within appetite, positive; copied
     * @param toleranceByCategory category → highest residual score tolerated at all, not below the category's
     *                            appetite; copied
     * @param defaultAppetite     appetite of unlisted categories, positive
     * @param defaultTolerance    tolerance of unlisted categories, not below {@code defaultAppetite}
     * @throws org.itm.core.ItmValidationException naming {@code appetiteByCategory} or {@code toleranceByCategory}
     *                                             when null, {@code defaultAppetite} when not positive,
     *                                             {@code defaultTolerance} when below the default appetite,
     *                                             {@code appetiteByCategory.CATEGORY} when not positive, or
     *                                             {@code toleranceByCategory.CATEGORY} when below that category's
     *                                             appetite
     */
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

    /**
     * Appetite per category with tolerance equal to appetite: every breach is beyond tolerance until
     * {@link #withTolerance} says otherwise.
     *
     * @param appetiteByCategory category → highest residual score within appetite, positive
     * @param defaultAppetite    appetite (and tolerance) of unlisted categories, positive
     * @throws org.itm.core.ItmValidationException as the canonical constructor
     */
    public RiskAppetite(Map<String, Integer> appetiteByCategory, int defaultAppetite) {
        this(appetiteByCategory, Map.of(), defaultAppetite, defaultAppetite);
    }

    /**
     * This appetite with a tolerance for a category, e.g. {@code withTolerance("security", 15)}.
     *
     * @param category  the category
     * @param tolerance the highest residual score tolerated, not below the category's appetite
     * @return a new appetite; this one is unchanged
     * @throws org.itm.core.ItmValidationException naming {@code category} when blank, or
     *                                             {@code toleranceByCategory.CATEGORY} when below its appetite
     */
    public RiskAppetite withTolerance(String category, int tolerance) {
        Checks.notBlank(category, "category");
        Map<String, Integer> t = new HashMap<>(toleranceByCategory);
        t.put(category, tolerance);
        return new RiskAppetite(appetiteByCategory, t, defaultAppetite, defaultTolerance);
    }

    /**
     * The appetite of a category.
     *
     * @param category the category
     * @return its own appetite, else the default appetite
     */
    public int limitFor(String category) {
        return appetiteByCategory.getOrDefault(category, defaultAppetite);
    }

    /**
     * The tolerance of a category.
     *
     * @param category the category
     * @return its own tolerance, else its appetite if listed, else the default tolerance
     */
    public int toleranceFor(String category) {
        Integer own = toleranceByCategory.get(category);
        if (own != null) {
            return own;
        }
        return appetiteByCategory.containsKey(category) ? appetiteByCategory.get(category) : defaultTolerance;
    }
}
