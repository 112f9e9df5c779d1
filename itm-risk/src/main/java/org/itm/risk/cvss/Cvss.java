package org.itm.risk.cvss;

import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * Entry point: parse any supported CVSS vector string and score it.
 *
 * <pre>{@code
 * CvssScore s = Cvss.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"); // 9.8 CRITICAL
 * }</pre>
 */
public final class Cvss {

    private Cvss() {
    }

    /**
     * Parses {@code vector} strictly, choosing the version from its prefix.
     *
     * @throws ItmValidationException naming the reason: unsupported version, unknown, duplicated or missing
     *                                mandatory metric, invalid value, malformed component
     */
    public static CvssVector parse(String vector) {
        Checks.notNull(vector, "vector");
        if (vector.startsWith(CvssVersion.V3_1.prefix() + "/")) {
            return Cvss31Vector.parse(vector);
        }
        if (vector.startsWith(CvssVersion.V4_0.prefix() + "/")) {
            return Cvss40Vector.parse(vector);
        }
        throw new ItmValidationException("vector",
                "must start with CVSS:3.1/ or CVSS:4.0/ (unsupported or missing version), was '"
                        + (vector.length() > 40 ? vector.substring(0, 37) + "..." : vector) + "'");
    }

    /** Parses and scores {@code vector}. */
    public static CvssScore score(String vector) {
        return parse(vector).score();
    }
}
