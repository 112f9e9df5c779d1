package org.itm.risk.advisory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.risk.cvss.CvssSeverity;
import org.itm.risk.vuln.TableDecision;
import org.itm.risk.vuln.RemediationStatus;

/**
 * One line of a patch plan: a CVE on a service, the components that carry it, its score, SSVC priority and
 * deadline.
 *
 * @param cve           the CVE
 * @param advisoryIds   the advisories that reported it
 * @param components    labels of the affected components, e.g. {@code com.fasterxml.jackson.core:jackson-databind@2.9.10}
 * @param fixedVersions versions the advisories name as fixed
 * @param cvssVector    the vector scored, if any
 * @param cvssScore     its score, if any
 * @param severity      its severity ({@link CvssSeverity#NONE} when unscored)
 * @param ssvc          the SSVC deployer decision with its path
 * @param status        the remediation status with its deadline and why
 * @since 0.1
 */
public record PatchItem(String cve, List<String> advisoryIds, List<String> components, List<String> fixedVersions,
                        Optional<String> cvssVector, Optional<BigDecimal> cvssScore, CvssSeverity severity, TableDecision ssvc,
                        RemediationStatus status) {

    /**
     * Checks the components and copies the collections.
     *
     * @param cve           the CVE
     * @param advisoryIds   the advisories that reported it
     * @param components    labels of the affected components, e.g. {@code com.fasterxml.jackson.core:jackson-databind@2.9.10}
     * @param fixedVersions versions the advisories name as fixed
     * @param cvssVector    the vector scored, if any
     * @param cvssScore     its score, if any
     * @param severity      its severity ({@link CvssSeverity#NONE} when unscored)
     * @param ssvc          the SSVC deployer decision with its path
     * @param status        the remediation status with its deadline and why
     * @throws org.itm.core.ItmValidationException naming {@code cve} when blank; {@code advisoryIds} or
     *                                             {@code components} when null or empty; {@code fixedVersions},
     *                                             {@code cvssVector}, {@code cvssScore}, {@code severity},
     *                                             {@code ssvc} or {@code status} when null
     */
    public PatchItem {
        Checks.notBlank(cve, "cve");
        advisoryIds = List.copyOf(Checks.notEmpty(advisoryIds, "advisoryIds"));
        components = List.copyOf(Checks.notEmpty(components, "components"));
        fixedVersions = List.copyOf(Checks.notNull(fixedVersions, "fixedVersions"));
        Checks.notNull(cvssVector, "cvssVector");
        Checks.notNull(cvssScore, "cvssScore");
        Checks.notNull(severity, "severity");
        Checks.notNull(ssvc, "ssvc");
        Checks.notNull(status, "status");
    }
}
