package org.itm.risk.vuln;

import java.time.Instant;
import org.itm.core.validation.Checks;

/**
 * An accepted risk: the finding may stay open past its deadline until {@code expiresAt}.
 *
 * @param vulnerabilityId finding the exception covers
 * @param reason          why it was granted
 * @param approvedBy      who approved it
 * @param expiresAt       end of the exception; from then on the normal deadline applies again
 * @since 0.1
 */
public record RemediationException(String vulnerabilityId, String reason, String approvedBy, Instant expiresAt) {

    /**
     * Checks the components.
     *
     * @param vulnerabilityId finding the exception covers
     * @param reason          why it was granted
     * @param approvedBy      who approved it
     * @param expiresAt       end of the exception; from then on the normal deadline applies again
     * @throws org.itm.core.ItmValidationException naming {@code vulnerabilityId} when not an id; {@code reason} or
     *                                             {@code approvedBy} when blank; {@code expiresAt} when null
     */
    public RemediationException {
        Checks.id(vulnerabilityId, "vulnerabilityId");
        Checks.notBlank(reason, "reason");
        Checks.notBlank(approvedBy, "approvedBy");
        Checks.notNull(expiresAt, "expiresAt");
    }

    /**
     * Whether the exception still holds.
     *
     * @param now the instant to judge at
     * @return {@code true} before {@link #expiresAt()}
     */
    public boolean isActiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
