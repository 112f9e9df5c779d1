package org.itm.risk.identity;

import java.util.Set;
import org.itm.core.validation.Checks;

/**
 * A role bundling entitlements and possibly other roles.
 *
 * @param id           identifier
 * @param entitlements entitlements it grants
 * @param roles        nested roles it includes
 */
public record Role(String id, Set<String> entitlements, Set<String> roles) {

    public Role {
        Checks.id(id, "id");
        entitlements = Set.copyOf(Checks.notNull(entitlements, "entitlements"));
        roles = Set.copyOf(Checks.notNull(roles, "roles"));
        Checks.require(!roles.contains(id), "roles", "a role must not include itself");
    }

    public static Role of(String id, String... entitlements) {
        return new Role(id, Set.of(entitlements), Set.of());
    }
}
