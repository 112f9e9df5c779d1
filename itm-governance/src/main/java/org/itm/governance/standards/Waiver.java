package org.itm.governance.standards;

import java.time.LocalDate;
import org.itm.core.validation.Checks;

/**
 * A time-limited exception: application {@code applicationId} may breach standard {@code standardId} until
 * {@code expires} (inclusive); the owner answers for it.
 *
 * @param standardId    the {@link Standard} waived
 * @param applicationId the {@link Application} allowed to breach it
 * @param owner         who answers for the exception
 * @param expires       the last day it covers
 * @param reason        why it was granted
 * @since 0.1
 */
public record Waiver(String standardId, String applicationId, String owner, LocalDate expires, String reason) {

    /**
     * Checks the components.
     *
     * @param standardId    the {@link Standard} waived
     * @param applicationId the {@link Application} allowed to breach it
     * @param owner         who answers for the exception
     * @param expires       the last day it covers
     * @param reason        why it was granted
     * @throws org.itm.core.ItmValidationException naming {@code standardId} or {@code applicationId} when not an id,
     *                                             {@code owner} or {@code reason} when blank, or {@code expires} when
     *                                             null
     */
    public Waiver {
        Checks.id(standardId, "standardId");
        Checks.id(applicationId, "applicationId");
        Checks.notBlank(owner, "owner");
        Checks.notNull(expires, "expires");
        Checks.notBlank(reason, "reason");
    }

    /**
     * Whether the waiver still covers a day.
     *
     * @param day the day
     * @return {@code true} up to and including {@link #expires()}
     */
    public boolean activeOn(LocalDate day) {
        return !day.isAfter(expires);
    }
}
