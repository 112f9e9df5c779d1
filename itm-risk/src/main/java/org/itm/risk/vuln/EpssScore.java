package org.itm.risk.vuln;

import org.itm.core.validation.Checks;

/**
 * One row of FIRST's EPSS feed.
 *
 * @param cve        CVE identifier
 * @param epss       probability of exploitation activity in the next 30 days
 * @param percentile share of CVEs scored at or below this one
 * @since 0.1
 */
public record EpssScore(String cve, double epss, double percentile) {

    /**
     * Checks the components.
     *
     * @param cve        CVE identifier
     * @param epss       probability of exploitation activity in the next 30 days
     * @param percentile share of CVEs scored at or below this one
     * @throws org.itm.core.ItmValidationException naming {@code cve} when blank; {@code epss} or {@code percentile}
     *                                             when outside [0, 1]
     */
    public EpssScore {
        Checks.notBlank(cve, "cve");
        Checks.fraction(epss, "epss");
        Checks.fraction(percentile, "percentile");
    }
}
