package org.itm.risk.register;

import org.itm.core.validation.Checks;

/**
 * A risk whose residual score exceeds its category's appetite.
 *
 * @param risk   the risk
 * @param score  its residual score
 * @param limit            the category's appetite
 * @param beyondTolerance  whether the score also exceeds the category's tolerance (not acceptable at all)
 * @param reason           e.g. "residual 16 > appetite 9 for category security"
 */
public record AppetiteBreach(Risk risk, int score, int limit, boolean beyondTolerance, String reason) {

    public AppetiteBreach {
        Checks.notNull(risk, "risk");
        Checks.notBlank(reason, "reason");
    }
}
