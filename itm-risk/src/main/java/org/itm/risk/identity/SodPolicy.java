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
 */
public record SodPolicy(String id, String description, List<Set<String>> conflictingSets) {

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

    /** Two conflicting entitlements, e.g. create vendor vs pay vendor. */
    public static SodPolicy between(String id, String description, String a, String b) {
        return new SodPolicy(id, description, List.of(Set.of(a), Set.of(b)));
    }
}
