package org.itm.risk.identity;

import java.util.List;
import java.util.Set;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A segregation-of-duties rule: nobody may hold entitlements from two or more of the conflicting sets.
 *
 * @param id              identifier
 * @param description     why the duties conflict
 * @param conflictingSets at least two disjoint, non-empty sets of entitlements
 * @since 0.1
 */
public record SodPolicy(String id, String description, List<Set<String>> conflictingSets) {

    /**
     * Checks the components and copies the sets.
     *
     * @param id              identifier
     * @param description     why the duties conflict
     * @param conflictingSets at least two disjoint, non-empty sets of entitlements
     * @throws org.itm.core.ItmValidationException naming every problem at once: {@code id} when not an id,
     *                                             {@code description} when blank, {@code conflictingSets} with fewer
     *                                             than two sets, {@code conflictingSets[i]} when null or empty
     */
    public SodPolicy {
        Violations v = new Violations();
        v.check("id", () -> Checks.id(id, "id"));
        v.require(description != null && !description.isBlank(), "description", "must not be blank");
        v.require(conflictingSets != null && conflictingSets.size() >= 2, "conflictingSets",
                "needs at least two sets");
        if (conflictingSets != null) {
            for (int i = 0; i < conflictingSets.size(); i++) {
                v.require(conflictingSets.get(i) != null && !conflictingSets.get(i).isEmpty(),
                        "conflictingSets[" + i + "]", "must not be empty");
            }
        }
        v.throwIfAny();
        conflictingSets = conflictingSets.stream().map(Set::copyOf).toList();
    }

    /**
     * Two conflicting entitlements, e.g. create vendor vs pay vendor.
     *
     * @param id          the policy's id
     * @param description what it prevents
     * @param a           one entitlement
     * @param b           the entitlement that must not be held with {@code a}
     * @return the policy with two one-entitlement sets
     * @throws org.itm.core.ItmValidationException as the canonical constructor
     */
    public static SodPolicy between(String id, String description, String a, String b) {
        return new SodPolicy(id, description, List.of(Set.of(a), Set.of(b)));
    }
}
