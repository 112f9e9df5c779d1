package org.itm.risk.cvss;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itm.core.validation.Checks;
import org.itm.risk.cvss.internal.Cvss31Calculator;
import org.itm.risk.cvss.internal.CvssParser;

/**
 * A CVSS v3.0 vector (base, optional temporal and environmental metrics): the same metrics as v3.1, scored with
 * the v3.0 equations, which older OSV and NVD records carry.
 *
 * @param metrics metric abbreviation → value, validated against the v3.0 specification
 * @since 0.1
 */
public record Cvss30Vector(Map<String, String> metrics) implements CvssVector {

    /**
     * Checks the metrics against the v3.0 specification and keeps them in canonical order.
     *
     * @param metrics metric abbreviation → value
     * @throws org.itm.core.ItmValidationException naming {@code metrics} when null, or {@code vector} for every
     *                                             unknown metric or invalid value, or a missing base metric
     */
    public Cvss30Vector {
        Checks.notNull(metrics, "metrics");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(CvssParser.validate(CvssVersion.V3_0, metrics)));
    }

    /**
     * Parses a {@code CVSS:3.0/...} vector string strictly.
     *
     * @param vector the vector string, e.g. {@code CVSS:3.0/AV:N/...}
     * @return the vector
     * @throws org.itm.core.ItmValidationException naming {@code vector} with the first reason found (wrong prefix,
     *                                             unknown or repeated metric, invalid value, missing base metric)
     */
    public static Cvss30Vector parse(String vector) {
        return new Cvss30Vector(CvssParser.parse(CvssVersion.V3_0, vector));
    }

    @Override
    public CvssVersion version() {
        return CvssVersion.V3_0;
    }

    @Override
    public String vectorString() {
        return CvssParser.format(CvssVersion.V3_0, metrics);
    }

    @Override
    public Cvss30Score score() {
        return Cvss31Calculator.score(this);
    }

    @Override
    public String toString() {
        return vectorString();
    }
}
