package org.itm.risk.cvss;

import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.risk.cvss.internal.CvssParser;

/**
 * Entry point: parse any supported CVSS vector string (v2.0, v3.0, v3.1, v4.0) and score it.
 *
 * <pre>{@code
 * CvssScore s = Cvss.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"); // 9.8 CRITICAL
 * }</pre>
 *
 * @since 0.1
 */
public final class Cvss {

    private Cvss() {
    }

    /**
     * Parses {@code vector} strictly, choosing the version from its prefix ({@code CVSS:3.0/}, {@code CVSS:3.1/},
     * {@code CVSS:4.0/}; a vector without a {@code CVSS:} prefix is read as v2.0, which has none).
     *
     * @param vector the vector string
     * @return the parsed vector
     *
     * @throws ItmValidationException naming the reason: unsupported version, unknown, duplicated or missing
     *                                mandatory metric, invalid value, malformed component
     */
    public static CvssVector parse(String vector) {
        Checks.notNull(vector, "vector");
        if (vector.startsWith(CvssVersion.V3_0.prefix() + "/")) {
            return Cvss30Vector.parse(vector);
        }
        if (vector.startsWith(CvssVersion.V3_1.prefix() + "/")) {
            return Cvss31Vector.parse(vector);
        }
        if (vector.startsWith(CvssVersion.V4_0.prefix() + "/")) {
            return Cvss40Vector.parse(vector);
        }
        if (!vector.startsWith("CVSS:")) {
            // v2.0 vectors carry no prefix; strict v2.0 parsing names the component that does not fit
            return Cvss20Vector.parse(vector);
        }
        throw new ItmValidationException("vector",
                "must start with CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/, or be a v2.0 vector without prefix "
                        + "(unsupported or missing version), was " + CvssParser.quote(vector));
    }

    /**
     * Parses and scores {@code vector}.
     *
     * @param vector a vector of any supported version
     * @return its score
     * @throws ItmValidationException as {@link #parse(String)}
     */
    public static CvssScore score(String vector) {
        return parse(vector).score();
    }
}
