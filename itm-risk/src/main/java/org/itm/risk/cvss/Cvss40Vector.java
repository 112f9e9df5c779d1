package org.itm.risk.cvss;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itm.core.validation.Checks;
import org.itm.risk.cvss.internal.Cvss40Calculator;
import org.itm.risk.cvss.internal.CvssParser;

/**
 * A CVSS v4.0 vector (base, optional threat, environmental and supplemental metrics).
 *
 * @param metrics metric abbreviation → value, validated against the v4.0 specification
 * @since 0.1
 */
public record Cvss40Vector(Map<String, String> metrics) implements CvssVector {

    /**
     * Checks the metrics against the v4.0 specification and keeps them in canonical order.
     *
     * @param metrics metric abbreviation → value
     * @throws org.itm.core.ItmValidationException naming {@code metrics} when null, or {@code vector} for every
     *                                             unknown metric or invalid value, or a missing base metric
     */
    public Cvss40Vector {
        Checks.notNull(metrics, "metrics");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(CvssParser.validate(CvssVersion.V4_0, metrics)));
    }

    /**
     * Parses a {@code CVSS:4.0/...} vector string strictly (including the specification's metric order).
     *
     * @param vector the vector string, e.g. {@code CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N}
     * @return the vector
     * @throws org.itm.core.ItmValidationException naming {@code vector} with the first reason found (wrong prefix,
     *                                             unknown, repeated or out-of-order metric, invalid value, missing
     *                                             base metric)
     */
    public static Cvss40Vector parse(String vector) {
        return new Cvss40Vector(CvssParser.parse(CvssVersion.V4_0, vector));
    }

    @Override
    public CvssVersion version() {
        return CvssVersion.V4_0;
    }

    @Override
    public String vectorString() {
        return CvssParser.format(CvssVersion.V4_0, metrics);
    }

    @Override
    public Cvss40Score score() {
        return Cvss40Calculator.score(this);
    }

    @Override
    public String toString() {
        return vectorString();
    }
}
