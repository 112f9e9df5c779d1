package org.itm.operations.alert;

import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * Maps CIs to the services they belong to and services to their criticality tier (1 = most critical).
 *
 * @since 0.1
 */
public interface ServiceDirectory {

    /**
     * The service {@code ci} belongs to, if known.
     *
     * @param ci a configuration item id
     * @return the service, or empty when unknown (the alert then forms a group of its own CI)
     */
    Optional<String> serviceOf(String ci);

    /**
     * The tier of {@code service}; unknown services should get the least critical tier.
     *
     * @param service a service id
     * @return the tier, 1 or more
     */
    int tierOf(String service);

    /**
     * A directory from fixed maps; unknown services get {@code defaultTier}.
     *
     * @param serviceByCi   CI to service; copied
     * @param tierByService service to tier (1 = most critical); copied
     * @param defaultTier   the tier of unknown services, 1 or more
     * @return an immutable, thread-safe directory
     * @throws org.itm.core.ItmValidationException naming a null map or a {@code defaultTier} below 1
     */
    static ServiceDirectory of(Map<String, String> serviceByCi, Map<String, Integer> tierByService, int defaultTier) {
        Map<String, String> s = Map.copyOf(Checks.notNull(serviceByCi, "serviceByCi"));
        Map<String, Integer> t = Map.copyOf(Checks.notNull(tierByService, "tierByService"));
        Checks.positive(defaultTier, "defaultTier");
        return new ServiceDirectory() {
            @Override
            public Optional<String> serviceOf(String ci) {
                return Optional.ofNullable(s.get(ci));
            }

            @Override
            public int tierOf(String service) {
                return t.getOrDefault(service, defaultTier);
            }
        };
    }
}
