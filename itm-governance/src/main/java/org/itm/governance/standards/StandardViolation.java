package org.itm.governance.standards;

import java.util.Optional;
import org.itm.core.validation.Checks;

/** One breach of a standard by an application, with the waiver that covers it (if an active one does). */
public record StandardViolation(String applicationId, String standardId, ViolationSeverity severity, String finding,
                                Optional<Waiver> waiver) {

    public StandardViolation {
        Checks.notBlank(applicationId, "applicationId");
        Checks.notBlank(standardId, "standardId");
        Checks.notNull(severity, "severity");
        Checks.notBlank(finding, "finding");
        Checks.notNull(waiver, "waiver");
    }

    public boolean waived() {
        return waiver.isPresent();
    }

    @Override
    public String toString() {
        return severity + " " + applicationId + " breaches " + standardId + ": " + finding
                + waiver.map(w -> " (waived until " + w.expires() + " by " + w.owner() + ")").orElse("");
    }
}
