package org.itm.risk.identity;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * How an identity holds an entitlement: on which account, and through which chain of roles (empty when granted
 * directly).
 *
 * @param entitlement the entitlement
 * @param accountId   the account carrying it
 * @param viaRoles    role chain from the account's role down to the role granting it
 * @since 0.1
 */
public record Grant(String entitlement, String accountId, List<String> viaRoles) {

    /**
     * Checks the components and copies the collections.
     *
     * @param entitlement the entitlement
     * @param accountId   the account carrying it
     * @param viaRoles    role chain from the account's role down to the role granting it
     * @throws org.itm.core.ItmValidationException naming {@code entitlement} or {@code accountId} when blank
     */
    public Grant {
        Checks.notBlank(entitlement, "entitlement");
        Checks.notBlank(accountId, "accountId");
        viaRoles = List.copyOf(viaRoles);
    }

    /**
     * Where the entitlement comes from, for reviewers.
     *
     * @return e.g. {@code "erp:pay-vendor on acc-7 via role finance-admin > ap-clerk"}, or
     *         {@code "... on acc-7 (direct)"}
     */
    public String explain() {
        return entitlement + " on " + accountId + (viaRoles.isEmpty() ? " (direct)"
                : " via role " + String.join(" > ", viaRoles));
    }
}
