package org.itm.risk.identity;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * An identity holding conflicting entitlements, with how it holds each.
 *
 * @param identity the identity
 * @param policy   the broken rule
 * @param grants   the conflicting grants (at least one from each of two or more sets)
 */
public record SodViolation(Identity identity, SodPolicy policy, List<Grant> grants) {

    public SodViolation {
        Checks.notNull(identity, "identity");
        Checks.notNull(policy, "policy");
        grants = List.copyOf(grants);
    }

    public String explain() {
        return identity.id() + " breaks " + policy.id() + " (" + policy.description() + "): "
                + String.join("; ", grants.stream().map(Grant::explain).toList());
    }
}
