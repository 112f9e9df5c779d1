package org.itm.risk.register;

import java.util.List;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * The likelihood and impact scales of a register (level 1 = lowest) and the score of a cell,
 * likelihood × impact.
 *
 * @param likelihoodLabels one label per likelihood level, lowest first, at least 2; copied
 * @param impactLabels     one label per impact level, lowest first, at least 2; copied
 * @since 0.1
 */
public record RiskMatrix(List<String> likelihoodLabels, List<String> impactLabels) {

    /**
     * Checks the components and copies the labels.
     *
     * @param likelihoodLabels one label per likelihood level, lowest first, at least 2; copied
     * @param impactLabels     one label per impact level, lowest first, at least 2; copied
     * @throws org.itm.core.ItmValidationException naming {@code likelihoodLabels} or {@code impactLabels} when null
     *                                             or with fewer than 2 levels
     */
    public RiskMatrix {
        Violations v = new Violations();
        v.require(likelihoodLabels != null && likelihoodLabels.size() >= 2, "likelihoodLabels",
                "must have at least 2 levels");
        v.require(impactLabels != null && impactLabels.size() >= 2, "impactLabels", "must have at least 2 levels");
        v.throwIfAny();
        likelihoodLabels = List.copyOf(likelihoodLabels);
        impactLabels = List.copyOf(impactLabels);
    }

    /**
     * The common 5×5 matrix: Rare, Unlikely, Possible, Likely, Almost certain × Insignificant, Minor, Moderate,
     * Major, Severe; scores 1 to 25.
     *
     * @return the matrix
     */
    public static RiskMatrix fiveByFive() {
        return new RiskMatrix(List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain"),
                List.of("Insignificant", "Minor", "Moderate", "Major", "Severe"));
    }

    /**
     * The number of likelihood levels.
     *
     * @return the highest likelihood level
     */
    public int likelihoodLevels() {
        return likelihoodLabels.size();
    }

    /**
     * The number of impact levels.
     *
     * @return the highest impact level
     */
    public int impactLevels() {
        return impactLabels.size();
    }

    /**
     * The score of a cell.
     *
     * @param likelihood the likelihood level, 1 to {@link #likelihoodLevels()}
     * @param impact     the impact level, 1 to {@link #impactLevels()}
     * @return likelihood × impact
     * @throws org.itm.core.ItmValidationException naming {@code likelihood} or {@code impact} when off the scale
     */
    public int score(int likelihood, int impact) {
        Checks.between(likelihood, 1, likelihoodLevels(), "likelihood");
        Checks.between(impact, 1, impactLevels(), "impact");
        return likelihood * impact;
    }
}
