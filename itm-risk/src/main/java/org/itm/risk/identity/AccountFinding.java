package org.itm.risk.identity;

import org.itm.core.validation.Checks;

/**
 * An account that needs attention.
 *
 * @param account the account
 * @param kind    orphaned or dormant
 * @param reason  why
 */
public record AccountFinding(Account account, Kind kind, String reason) {

    /** What is wrong with the account. */
    public enum Kind { ORPHANED, DORMANT }

    public AccountFinding {
        Checks.notNull(account, "account");
        Checks.notNull(kind, "kind");
        Checks.notBlank(reason, "reason");
    }
}
