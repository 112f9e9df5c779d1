package org.itm.risk.register;

import org.itm.core.validation.Checks;

/**
 * A risk whose residual score exceeds its category's appetite.
 *
 * <p>Listed by {@link RiskRegister#aboveAppetite()}.
 *
 * @param risk            the risk
 * @param score           its residual score, likelihood × impact
 * @param limit           the category's appetite
 * @param beyondTolerance whether the score also exceeds the category's tolerance (not acceptable at all)
 * @param reason          e.g. {@code "residual 16 > appetite 9 for category security, beyond tolerance 15"}
 * @since 0.1
 */
public record AppetiteBreach(Risk risk, int score, int limit, boolean beyondTolerance, String reason) {

    /**
     * Checks the components.
     *
     * @param risk            the risk
     * @param score           its residual score, likelihood × impact
     * @param limit           the category's appetite
     * @param beyondTolerance whether the score also exceeds the category's tolerance (not acceptable at all)
     * @param reason          e.g. {@code "residual 16 > appetite 9 for category security, beyond tolerance 15"}
     * @throws org.itm.core.ItmValidationException naming {@code risk} when null or {@code reason} when blank
     */
    public AppetiteBreach {
        Checks.notNull(risk, "risk");
        Checks.notBlank(reason, "reason");
    }
}
