package org.itm.risk.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.itm.core.validation.Checks;

/**
 * An account on one system.
 *
 * @param id           identifier (unique across systems)
 * @param system       the system it lives on
 * @param identityId   the owning identity; empty for an account nobody is linked to
 * @param enabled      whether it can log in
 * @param lastLogin    last successful login, if ever
 * @param entitlements entitlements granted directly, qualified ids such as {@code erp:pay-vendor}
 * @param roles        ids of roles granted to the account
 * @since 0.1
 */
public record Account(String id, String system, Optional<String> identityId, boolean enabled,
                      Optional<Instant> lastLogin, Set<String> entitlements, Set<String> roles) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id           identifier (unique across systems)
     * @param system       the system it lives on
     * @param identityId   the owning identity; empty for an account nobody is linked to
     * @param enabled      whether it can log in
     * @param lastLogin    last successful login, if ever
     * @param entitlements entitlements granted directly, qualified ids such as {@code erp:pay-vendor}
     * @param roles        ids of roles granted to the account
     * @throws org.itm.core.ItmValidationException naming {@code id} when not an id; {@code system} when blank;
     *                                             {@code identityId}, {@code lastLogin}, {@code entitlements} or
     *                                             {@code roles} when null
     */
    public Account {
        Checks.id(id, "id");
        Checks.notBlank(system, "system");
        Checks.notNull(identityId, "identityId");
        Checks.notNull(lastLogin, "lastLogin");
        entitlements = Set.copyOf(Checks.notNull(entitlements, "entitlements"));
        roles = Set.copyOf(Checks.notNull(roles, "roles"));
    }
}
