package org.itm.risk.vuln;

import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * When a vulnerability must be fixed, and which rule set the date.
 *
 * @param due    the deadline
 * @param reason e.g. "high severity: 30 days from detection" or "CISA KEV due date 2026-03-20 overrides ..."
 * @since 0.1
 */
public record RemediationDue(Instant due, String reason) {

    /**
     * Checks the components.
     *
     * @param due    the deadline
     * @param reason e.g. "high severity: 30 days from detection" or "CISA KEV due date 2026-03-20 overrides ..."
     * @throws org.itm.core.ItmValidationException naming {@code due} when null; {@code reason} when blank
     */
    public RemediationDue {
        Checks.notNull(due, "due");
        Checks.notBlank(reason, "reason");
    }
}
