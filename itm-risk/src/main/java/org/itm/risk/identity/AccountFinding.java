package org.itm.risk.identity;

import org.itm.core.validation.Checks;

/**
 * An account that needs attention.
 *
 * @param account the account
 * @param kind    orphaned or dormant
 * @param reason  why
 * @since 0.1
 */
public record AccountFinding(Account account, Kind kind, String reason) {

    /** What is wrong with the account. */
    public enum Kind {
        /** Enabled, but with no linked identity, or one unknown or terminated. */
        ORPHANED,
        /** Enabled, but not logged into for longer than the dormancy threshold (or never). */
        DORMANT
    }

    /**
     * Checks the components.
     *
     * @param account the account
     * @param kind    orphaned or dormant
     * @param reason  why
     * @throws org.itm.core.ItmValidationException naming {@code account} or {@code kind} when null; {@code reason}
     *                                             when blank
     */
    public AccountFinding {
        Checks.notNull(account, "account");
        Checks.notNull(kind, "kind");
        Checks.notBlank(reason, "reason");
    }
}
