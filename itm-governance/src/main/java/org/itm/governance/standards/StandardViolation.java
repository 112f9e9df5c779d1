package org.itm.governance.standards;

import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * One breach of a standard by an application, with the waiver that covers it (if an active one does).
 *
 * @param applicationId the application
 * @param standardId    the standard breached
 * @param severity      the standard's severity
 * @param finding       what the rule found, e.g. {@code "postgresql-12 is in ring HOLD"}
 * @param waiver        the active waiver that covers it; empty for an open breach
 * @since 0.1
 */
public record StandardViolation(String applicationId, String standardId, ViolationSeverity severity, String finding,
                                Optional<Waiver> waiver) {

    /**
     * Checks the components.
     *
     * @param applicationId the application
     * @param standardId    the standard breached
     * @param severity      the standard's severity
     * @param finding       what the rule found, e.g. {@code "postgresql-12 is in ring HOLD"}
     * @param waiver        the active waiver that covers it; empty for an open breach
     * @throws org.itm.core.ItmValidationException naming {@code applicationId}, {@code standardId} or
     *                                             {@code finding} when blank, or {@code severity} or {@code waiver}
     *                                             when null
     */
    public StandardViolation {
        Checks.notBlank(applicationId, "applicationId");
        Checks.notBlank(standardId, "standardId");
        Checks.notNull(severity, "severity");
        Checks.notBlank(finding, "finding");
        Checks.notNull(waiver, "waiver");
    }

    /**
     * Whether an active waiver covers the breach.
     *
     * @return {@code true} when {@link #waiver()} is present
     */
    public boolean waived() {
        return waiver.isPresent();
    }

    /**
     * The breach as one line, e.g. {@code HIGH crm breaches SUPPORTED: postgresql-12 went out of support on
     * 2024-11-14 (waived until 2027-06-30 by ann)}.
     *
     * @return severity, application, standard, finding and any waiver
     */
    @Override
    public String toString() {
        return severity + " " + applicationId + " breaches " + standardId + ": " + finding
                + waiver.map(w -> " (waived until " + w.expires() + " by " + w.owner() + ")").orElse("");
    }
}
