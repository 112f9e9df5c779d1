package org.itm.risk.advisory;

import java.time.Instant;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.risk.vuln.Exploitation;
import org.itm.risk.vuln.SystemExposure;
import org.itm.risk.vuln.HumanImpact;
import org.itm.risk.vuln.KevCatalog;

/**
 * What an SBOM does not say about the system that runs it, but SSVC and the patch SLA need: when the exposure was
 * found, how reachable and how critical the system is, and, optionally, CISA's KEV catalog (a listed CVE is
 * actively exploited and gets CISA's due date).
 *
 * @param detectedAt   detection time of the findings (the SLA clock starts here)
 * @param exposure     SSVC system exposure of the service
 * @param automatable  SSVC automatable, for the findings of this service
 * @param criticality  SSVC human impact of the service
 * @param exploitation exploitation status assumed for CVEs not in the KEV catalog
 * @param kev          the KEV catalog, if available
 * @since 0.1
 */
public record ExposureContext(Instant detectedAt, SystemExposure exposure, boolean automatable, HumanImpact criticality,
                              Exploitation exploitation, Optional<KevCatalog> kev) {

    /**
     * Checks the components.
     *
     * @param detectedAt   detection time of the findings (the SLA clock starts here)
     * @param exposure     SSVC system exposure of the service
     * @param automatable  SSVC automatable, for the findings of this service
     * @param criticality  SSVC human impact of the service
     * @param exploitation exploitation status assumed for CVEs not in the KEV catalog
     * @param kev          the KEV catalog, if available
     * @throws org.itm.core.ItmValidationException naming every null component at once
     */
    public ExposureContext {
        Violations v = new Violations();
        v.require(detectedAt != null, "detectedAt", "must not be null");
        v.require(exposure != null, "exposure", "must not be null");
        v.require(criticality != null, "criticality", "must not be null");
        v.require(exploitation != null, "exploitation", "must not be null");
        v.require(kev != null, "kev", "must not be null (use Optional.empty())");
        v.throwIfAny();
    }

    /**
     * A context without KEV data, assuming no known exploitation.
     *
     * @param detectedAt  detection time
     * @param exposure    system exposure
     * @param automatable automatable
     * @param criticality human impact
     * @return the context
     */
    public static ExposureContext of(Instant detectedAt, SystemExposure exposure, boolean automatable,
                                     HumanImpact criticality) {
        return new ExposureContext(detectedAt, exposure, automatable, criticality, Exploitation.NONE,
                Optional.empty());
    }

    /**
     * This context with a KEV catalog.
     *
     * @param catalog the catalog
     * @return a new context
     */
    public ExposureContext withKev(KevCatalog catalog) {
        return new ExposureContext(detectedAt, exposure, automatable, criticality, exploitation,
                Optional.of(Checks.notNull(catalog, "kev")));
    }
}
