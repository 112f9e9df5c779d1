package org.itm.risk.identity;

import java.util.Set;
import org.itm.core.validation.Checks;

/**
 * A role bundling entitlements and possibly other roles.
 *
 * @param id           identifier
 * @param entitlements entitlements it grants
 * @param roles        nested roles it includes
 * @since 0.1
 */
public record Role(String id, Set<String> entitlements, Set<String> roles) {

    /**
     * Checks the components and copies the sets.
     *
     * @param id           identifier
     * @param entitlements entitlements it grants
     * @param roles        nested roles it includes
     * @throws org.itm.core.ItmValidationException naming {@code id} when not an id, {@code entitlements} or
     *                                             {@code roles} when null, or {@code roles} when the role includes
     *                                             itself
     */
    public Role {
        Checks.id(id, "id");
        entitlements = Set.copyOf(Checks.notNull(entitlements, "entitlements"));
        roles = Set.copyOf(Checks.notNull(roles, "roles"));
        Checks.require(!roles.contains(id), "roles", "a role must not include itself");
    }

    /**
     * A role of entitlements only, including no other role.
     *
     * @param id           the role's id
     * @param entitlements the entitlements it gives
     * @return the role
     * @throws org.itm.core.ItmValidationException naming {@code id} when not an id
     */
    public static Role of(String id, String... entitlements) {
        return new Role(id, Set.of(entitlements), Set.of());
    }
}
