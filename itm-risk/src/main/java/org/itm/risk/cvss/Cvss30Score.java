package org.itm.risk.cvss;

import java.math.BigDecimal;
import org.itm.core.validation.Checks;
import org.itm.risk.cvss.internal.CvssParser;

/**
 * The three CVSS v3.0 scores of a vector. Temporal and environmental scores are what the specification's
 * formulas give when those metrics are "Not Defined", so they are always present; note that the environmental
 * formula differs from the base one for a changed scope (e.g. base 9.9, environmental 10.0), which is why
 * {@link #score()} uses the most specific group the vector actually sets.
 *
 * @param vector              the scored vector
 * @param baseScore           base score
 * @param impactSubScore      base impact sub-score (unrounded, as the specification defines it)
 * @param exploitability      base exploitability sub-score (unrounded)
 * @param temporalScore       temporal score
 * @param environmentalScore  environmental score
 * @since 0.1
 */
public record Cvss30Score(Cvss30Vector vector, BigDecimal baseScore, double impactSubScore, double exploitability,
                          BigDecimal temporalScore, BigDecimal environmentalScore) implements CvssScore {

    /**
     * Checks the components.
     *
     * @param vector              the scored vector
     * @param baseScore           base score
     * @param impactSubScore      base impact sub-score (unrounded, as the specification defines it)
     * @param exploitability      base exploitability sub-score (unrounded)
     * @param temporalScore       temporal score
     * @param environmentalScore  environmental score
     * @throws org.itm.core.ItmValidationException naming {@code vector}, {@code baseScore}, {@code temporalScore} or
     *                                             {@code environmentalScore} when null
     */
    public Cvss30Score {
        Checks.notNull(vector, "vector");
        Checks.notNull(baseScore, "baseScore");
        Checks.notNull(temporalScore, "temporalScore");
        Checks.notNull(environmentalScore, "environmentalScore");
    }

    /**
     * The rating of the base score.
     *
     * @return {@link CvssSeverity#of} of {@link #baseScore()}
     */
    public CvssSeverity baseSeverity() {
        return CvssSeverity.of(baseScore);
    }

    /**
     * The rating of the temporal score.
     *
     * @return {@link CvssSeverity#of} of {@link #temporalScore()}
     */
    public CvssSeverity temporalSeverity() {
        return CvssSeverity.of(temporalScore);
    }

    /**
     * The rating of the environmental score.
     *
     * @return {@link CvssSeverity#of} of {@link #environmentalScore()}
     */
    public CvssSeverity environmentalSeverity() {
        return CvssSeverity.of(environmentalScore);
    }

    /**
     * The score of the most specific metric group the vector sets: environmental if any environmental metric is
     * defined, else temporal if any temporal metric is defined, else base.
     */
    @Override
    public BigDecimal score() {
        if (defines("CR", "IR", "AR", "MAV", "MAC", "MPR", "MUI", "MS", "MC", "MI", "MA")) {
            return environmentalScore;
        }
        if (defines("E", "RL", "RC")) {
            return temporalScore;
        }
        return baseScore;
    }

    private boolean defines(String... metrics) {
        return CvssParser.definesAny(vector.metrics(), "X", metrics);
    }
}
