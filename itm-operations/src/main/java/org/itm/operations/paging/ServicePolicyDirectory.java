package org.itm.operations.paging;

import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * Which escalation policy pages for which service, with an optional fallback for services not listed, e.g.
 * {@code database -> db-policy}. Read by {@link IncidentPaging}.
 *
 * @param policyByService policy id by service id; copied
 * @param fallback        the policy of a service not in the map; empty means such incidents page nobody
 * @since 0.1
 */
public record ServicePolicyDirectory(Map<String, String> policyByService, Optional<String> fallback) {

    /**
     * Validates every field and reports all violations together.
     *
     * @param policyByService policy id by service id; copied
     * @param fallback        the policy of a service not in the map; empty means such incidents page nobody
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public ServicePolicyDirectory {
        Violations v = new Violations();
        if (v.require(policyByService != null, "policyByService", "must not be null")) {
            policyByService.forEach((service, policy) -> {
                v.require(service != null && !service.isBlank(), "policyByService", "has a blank service");
                v.require(policy != null && !policy.isBlank(), "policyByService." + service,
                        "must name a policy");
            });
        }
        v.require(fallback != null, "fallback", "must not be null (use Optional.empty())");
        v.require(fallback == null || fallback.isEmpty() || !fallback.get().isBlank(), "fallback",
                "must not be blank");
        v.throwIfAny();
        policyByService = Map.copyOf(policyByService);
    }

    /**
     * @param policyByService policy id by service id
     * @return a directory without fallback
     */
    public static ServicePolicyDirectory of(Map<String, String> policyByService) {
        return new ServicePolicyDirectory(policyByService, Optional.empty());
    }

    /**
     * @param policyId the policy of services not listed
     * @return this directory with that fallback
     */
    public ServicePolicyDirectory withFallback(String policyId) {
        return new ServicePolicyDirectory(policyByService, Optional.of(Checks.notBlank(policyId, "policyId")));
    }

    /**
     * @param service a service id
     * @return the policy that pages for it, or the fallback, or empty
     */
    public Optional<String> policyFor(String service) {
        Checks.notNull(service, "service");
        return Optional.ofNullable(policyByService.get(service)).or(() -> fallback);
    }
}
