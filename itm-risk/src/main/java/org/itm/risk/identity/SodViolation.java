package org.itm.risk.identity;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * An identity holding conflicting entitlements, with how it holds each.
 *
 * @param identity the identity
 * @param policy   the broken rule
 * @param grants   the conflicting grants (at least one from each of two or more sets)
 * @since 0.1
 */
public record SodViolation(Identity identity, SodPolicy policy, List<Grant> grants) {

    /**
     * Checks the components and copies the collections.
     *
     * @param identity the identity
     * @param policy   the broken rule
     * @param grants   the conflicting grants (at least one from each of two or more sets)
     * @throws org.itm.core.ItmValidationException naming {@code identity} or {@code policy} when null
     */
    public SodViolation {
        Checks.notNull(identity, "identity");
        Checks.notNull(policy, "policy");
        grants = List.copyOf(grants);
    }

    /**
     * The violation for people: the identity, the policy and each grant involved with where it comes from.
     *
     * @return e.g. {@code "ann breaks SOD-1 (create vs pay vendor): erp:create-vendor on acc-1 (direct);
     *         erp:pay-vendor on acc-1 via role ap-clerk"}
     */
    public String explain() {
        return identity.id() + " breaks " + policy.id() + " (" + policy.description() + "): "
                + String.join("; ", grants.stream().map(Grant::explain).toList());
    }
}
