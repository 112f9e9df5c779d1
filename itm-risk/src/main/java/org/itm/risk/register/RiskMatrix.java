package org.itm.risk.register;

import java.util.List;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * The likelihood and impact scales of a register (level 1 = lowest) and the score of a cell,
 * likelihood × impact.
 *
 * @param likelihoodLabels one label per likelihood level, lowest first
 * @param impactLabels     one label per impact level, lowest first
 */
public record RiskMatrix(List<String> likelihoodLabels, List<String> impactLabels) {

    public RiskMatrix {
        Violations v = new Violations();
        v.require(likelihoodLabels != null && likelihoodLabels.size() >= 2, "likelihoodLabels",
                "must have at least 2 levels");
        v.require(impactLabels != null && impactLabels.size() >= 2, "impactLabels", "must have at least 2 levels");
        v.throwIfAny();
        likelihoodLabels = List.copyOf(likelihoodLabels);
        impactLabels = List.copyOf(impactLabels);
    }

    /** The common 5×5 matrix: Rare..Almost certain × Insignificant..Severe. */
    public static RiskMatrix fiveByFive() {
        return new RiskMatrix(List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain"),
                List.of("Insignificant", "Minor", "Moderate", "Major", "Severe"));
    }

    public int likelihoodLevels() {
        return likelihoodLabels.size();
    }

    public int impactLevels() {
        return impactLabels.size();
    }

    /** likelihood × impact, after checking both are on the scales. */
    public int score(int likelihood, int impact) {
        Checks.between(likelihood, 1, likelihoodLevels(), "likelihood");
        Checks.between(impact, 1, impactLevels(), "impact");
        return likelihood * impact;
    }
}
