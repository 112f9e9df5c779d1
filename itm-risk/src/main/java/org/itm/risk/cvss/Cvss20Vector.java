package org.itm.risk.cvss;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itm.core.validation.Checks;
import org.itm.risk.cvss.internal.Cvss20Calculator;
import org.itm.risk.cvss.internal.CvssParser;

/**
 * A CVSS v2.0 vector ({@code AV:N/AC:L/Au:N/C:P/I:P/A:P}, optional temporal {@code E/RL/RC} and environmental
 * {@code CDP/TD/CR/IR/AR} metrics, {@code ND} for "not defined"), as NVD and older OSV records carry it.
 *
 * @param metrics metric abbreviation → value, validated against the v2.0 guide
 * @since 0.1
 */
public record Cvss20Vector(Map<String, String> metrics) implements CvssVector {

    /**
     * Checks the metrics against the v2.0 guide and keeps them in canonical order.
     *
     * @param metrics metric abbreviation → value
     * @throws org.itm.core.ItmValidationException naming {@code metrics} when null, or {@code vector} for every
     *                                             unknown metric or invalid value, or a missing base metric
     */
    public Cvss20Vector {
        Checks.notNull(metrics, "metrics");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(CvssParser.validate(CvssVersion.V2_0, metrics)));
    }

    /**
     * Parses a v2.0 vector string strictly (no prefix; metrics in any order, each at most once).
     *
     * @param vector e.g. {@code AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C}
     * @return the vector
     * @throws org.itm.core.ItmValidationException naming the bad component
     */
    public static Cvss20Vector parse(String vector) {
        return new Cvss20Vector(CvssParser.parse(CvssVersion.V2_0, vector));
    }

    @Override
    public CvssVersion version() {
        return CvssVersion.V2_0;
    }

    @Override
    public String vectorString() {
        return CvssParser.format(CvssVersion.V2_0, metrics);
    }

    @Override
    public Cvss20Score score() {
        return Cvss20Calculator.score(this);
    }

    @Override
    public String toString() {
        return vectorString();
    }
}
