package org.itm.risk.cvss;

import java.math.BigDecimal;
import org.itm.core.validation.Checks;
import org.itm.risk.cvss.internal.CvssParser;

/**
 * The CVSS v2.0 scores of a vector (guide section 3.2), computed in exact decimal arithmetic and rounded half-up
 * to one decimal as the guide's {@code round_to_1_decimal}. Temporal and environmental scores are what the
 * equations give with "not defined" metrics, so they are always present; {@link #score()} picks the most specific
 * group the vector sets. (With no environmental metric the environmental equation can still differ from the
 * temporal score, because the adjusted impact is capped at 10: {@code AV:L/AC:L/Au:N/C:C/I:C/A:C} is 7.2 base,
 * 7.1 environmental; its {@link #score()} is 7.2.)
 *
 * <p>v2.0 defines no qualitative rating; {@link #severity()} uses NVD's v2 ranges (Low 0.0–3.9, Medium 4.0–6.9,
 * High 7.0–10.0; a score of exactly 0.0 is {@link CvssSeverity#NONE}), so a v2-only record never counts as critical.
 *
 * @param vector             the scored vector
 * @param baseScore          base score
 * @param impactSubScore     base impact sub-score, {@code 10.41 × (1 − (1−C)(1−I)(1−A))}, unrounded
 * @param exploitability     exploitability sub-score, {@code 20 × AV × AC × Au}, unrounded
 * @param temporalScore      temporal score
 * @param adjustedImpact     environmental adjusted impact, {@code min(10, 10.41 × (1 − Π(1 − impact × req)))}
 * @param environmentalScore environmental score
 * @since 0.1
 */
public record Cvss20Score(Cvss20Vector vector, BigDecimal baseScore, BigDecimal impactSubScore,
                          BigDecimal exploitability, BigDecimal temporalScore, BigDecimal adjustedImpact,
                          BigDecimal environmentalScore) implements CvssScore {

    private static final BigDecimal MEDIUM_MIN = new BigDecimal("4.0");
    private static final BigDecimal HIGH_MIN = new BigDecimal("7.0");

    /**
     * Checks the components.
     *
     * @param vector             the scored vector
     * @param baseScore          base score
     * @param impactSubScore     base impact sub-score, {@code 10.41 × (1 − (1−C)(1−I)(1−A))}, unrounded
     * @param exploitability     exploitability sub-score, {@code 20 × AV × AC × Au}, unrounded
     * @param temporalScore      temporal score
     * @param adjustedImpact     environmental adjusted impact, {@code min(10, 10.41 × (1 − Π(1 − impact × req)))}
     * @param environmentalScore environmental score
     * @throws org.itm.core.ItmValidationException naming {@code vector}, {@code baseScore}, {@code impactSubScore},
     *                                             {@code exploitability}, {@code temporalScore},
     *                                             {@code adjustedImpact} or {@code environmentalScore} when null
     */
    public Cvss20Score {
        Checks.notNull(vector, "vector");
        Checks.notNull(baseScore, "baseScore");
        Checks.notNull(impactSubScore, "impactSubScore");
        Checks.notNull(exploitability, "exploitability");
        Checks.notNull(temporalScore, "temporalScore");
        Checks.notNull(adjustedImpact, "adjustedImpact");
        Checks.notNull(environmentalScore, "environmentalScore");
    }

    /**
     * The score of the most specific metric group the vector sets: environmental if any of CDP, TD, CR, IR, AR is
     * defined, else temporal if any of E, RL, RC is, else base.
     */
    @Override
    public BigDecimal score() {
        if (CvssParser.definesAny(vector.metrics(), "ND", "CDP", "TD", "CR", "IR", "AR")) {
            return environmentalScore;
        }
        if (CvssParser.definesAny(vector.metrics(), "ND", "E", "RL", "RC")) {
            return temporalScore;
        }
        return baseScore;
    }

    /**
     * NVD's v2 rating of {@link #score()}.
     *
     * @return NONE for 0.0, LOW below 4.0, MEDIUM below 7.0, else HIGH
     */
    @Override
    public CvssSeverity severity() {
        BigDecimal s = score();
        if (s.signum() == 0) {
            return CvssSeverity.NONE;
        }
        if (s.compareTo(MEDIUM_MIN) < 0) {
            return CvssSeverity.LOW;
        }
        return s.compareTo(HIGH_MIN) < 0 ? CvssSeverity.MEDIUM : CvssSeverity.HIGH;
    }
}
