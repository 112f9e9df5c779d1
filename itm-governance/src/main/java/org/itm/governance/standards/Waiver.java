package org.itm.governance.standards;

import java.time.LocalDate;
import org.itm.core.validation.Checks;

/**
 * A time-limited exception: application {@code applicationId} may breach standard {@code standardId} until
 * {@code expires} (inclusive); the owner answers for it.
 */
public record Waiver(String standardId, String applicationId, String owner, LocalDate expires, String reason) {

    public Waiver {
        Checks.id(standardId, "standardId");
        Checks.id(applicationId, "applicationId");
        Checks.notBlank(owner, "owner");
        Checks.notNull(expires, "expires");
        Checks.notBlank(reason, "reason");
    }

    public boolean activeOn(LocalDate day) {
        return !day.isAfter(expires);
    }
}
