package org.itm.risk.cvss;

import java.math.BigDecimal;
import org.itm.core.validation.Checks;

/**
 * The CVSS v4.0 score of a vector, with the macro-vector it fell into and the nomenclature saying which metric
 * groups contributed ({@code CVSS-B}, {@code CVSS-BT}, {@code CVSS-BE}, {@code CVSS-BTE}).
 *
 * @param vector       the scored vector
 * @param score        the score, one decimal
 * @param macroVector  the six EQ levels, e.g. {@code 000200}
 * @param nomenclature which metric groups were set
 * @since 0.1
 */
public record Cvss40Score(Cvss40Vector vector, BigDecimal score, String macroVector, String nomenclature)
        implements CvssScore {

    /**
     * Checks the components.
     *
     * @param vector       the scored vector
     * @param score        the score, one decimal
     * @param macroVector  the six EQ levels, e.g. {@code 000200}
     * @param nomenclature which metric groups were set
     * @throws org.itm.core.ItmValidationException naming {@code vector} or {@code score} when null;
     *                                             {@code macroVector} or {@code nomenclature} when blank
     */
    public Cvss40Score {
        Checks.notNull(vector, "vector");
        Checks.notNull(score, "score");
        Checks.notBlank(macroVector, "macroVector");
        Checks.notBlank(nomenclature, "nomenclature");
    }
}
